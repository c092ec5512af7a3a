window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1853912151145185286"
          ],
          "editableUntil": "2024-11-05T21:27:55.512Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Karim Belhadj",
            "screen_name": "KBelhadj_Avignon",
            "indices": [
              "0",
              "17"
            ],
            "id_str": "1402938475610293847",
            "id": "1402938475610293847"
          },
          {
            "name": "Lucie R.",
            "screen_name": "lucie_r",
            "indices": [
              "18",
              "26"
            ],
            "id_str": "98765432",
            "id": "98765432"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "62"
      ],
      "favorite_count": "0",
      "id_str": "1853912151145185286",
      "truncated": false,
      "retweet_count": "0",
      "id": "1853912151145185286",
      "created_at": "Tue Nov 05 21:27:55 +0000 2024",
      "favorited": false,
      "full_text": "@KBelhadj_Avignon @lucie_r personne ne t’a sonné, sale traître",
      "lang": "fr",
      "in_reply_to_status_id_str": "1853911460200710149",
      "in_reply_to_status_id": "1853911460200710149",
      "in_reply_to_screen_name": "KBelhadj_Avignon",
      "in_reply_to_user_id": "1402938475610293847",
      "in_reply_to_user_id_str": "1402938475610293847"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1853909318891077634"
          ],
          "editableUntil": "2024-11-05T21:16:40.250Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Karim Belhadj",
            "screen_name": "KBelhadj_Avignon",
            "indices": [
              "0",
              "17"
            ],
            "id_str": "1402938475610293847",
            "id": "1402938475610293847"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "67"
      ],
      "favorite_count": "0",
      "id_str": "1853909318891077634",
      "truncated": false,
      "retweet_count": "0",
      "id": "1853909318891077634",
      "created_at": "Tue Nov 05 21:16:40 +0000 2024",
      "favorited": false,
      "full_text": "@KBelhadj_Avignon t’es qu’un c0llab0 et un tr@ître, rentre chez toi",
      "lang": "fr",
      "in_reply_to_status_id_str": "1853908668245475329",
      "in_reply_to_status_id": "1853908668245475329",
      "in_reply_to_screen_name": "KBelhadj_Avignon",
      "in_reply_to_user_id": "1402938475610293847",
      "in_reply_to_user_id_str": "1402938475610293847"
    }
  }
]