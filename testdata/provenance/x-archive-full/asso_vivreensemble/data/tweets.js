window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1853916530619318280"
          ],
          "editableUntil": "2024-11-05T21:45:19.660Z",
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
              "3",
              "20"
            ],
            "id_str": "1402938475610293847",
            "id": "1402938475610293847"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "137"
      ],
      "favorite_count": "0",
      "id_str": "1853916530619318280",
      "truncated": false,
      "retweet_count": "0",
      "id": "1853916530619318280",
      "created_at": "Tue Nov 05 21:45:19 +0000 2024",
      "favorited": false,
      "full_text": "RT @KBelhadj_Avignon: Affligé par ce que j’ai vu ce soir sur le plateau de « Face aux électeurs ». Le débat mérite mieux que ça. #Avignon",
      "lang": "fr"
    }
  }
]