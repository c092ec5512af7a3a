window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1853915189884878855"
          ],
          "editableUntil": "2024-11-05T21:40:00.004Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/Xq3vR8kPzL",
            "expanded_url": "https://www.exemple-tv.fr/face-aux-electeurs/extrait-42",
            "display_url": "exemple-tv.fr/face-aux-electe…",
            "indices": [
              "52",
              "75"
            ]
          },
          {
            "url": "https://t.co/9hTcWb2LmA",
            "expanded_url": "https://twitter.com/KBelhadj_Avignon/status/1853908668245475329",
            "display_url": "x.com/KBelhadj_Avign…",
            "indices": [
              "76",
              "99"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "99"
      ],
      "favorite_count": "0",
      "id_str": "1853915189884878855",
      "truncated": false,
      "retweet_count": "0",
      "id": "1853915189884878855",
      "created_at": "Tue Nov 05 21:40:00 +0000 2024",
      "favorited": false,
      "full_text": "Il a raison. Regardez l’extrait et jugez vous-mêmes https://t.co/Xq3vR8kPzL https://t.co/9hTcWb2LmA",
      "lang": "fr"
    }
  }
]