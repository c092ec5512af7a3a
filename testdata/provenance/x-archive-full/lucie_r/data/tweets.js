window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1853909665550303235"
          ],
          "editableUntil": "2024-11-05T21:18:02.900Z",
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
        "98"
      ],
      "favorite_count": "0",
      "id_str": "1853909665550303235",
      "truncated": false,
      "retweet_count": "0",
      "id": "1853909665550303235",
      "created_at": "Tue Nov 05 21:18:02 +0000 2024",
      "favorited": false,
      "full_text": "@KBelhadj_Avignon Tout mon soutien. Le niveau du débat était lamentable &amp; personne ne l’a dit.",
      "lang": "fr",
      "in_reply_to_status_id_str": "1853908668245475329",
      "in_reply_to_status_id": "1853908668245475329",
      "in_reply_to_screen_name": "KBelhadj_Avignon",
      "in_reply_to_user_id": "1402938475610293847",
      "in_reply_to_user_id_str": "1402938475610293847"
    }
  }
]