window.YTD.deleted_tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1853910788364849153"
          ],
          "editableUntil": "2024-11-05T21:22:30.600Z",
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
            "name": "Rémi V.",
            "screen_name": "Rem_Vx",
            "indices": [
              "0",
              "7"
            ],
            "id_str": "1500000000000000001",
            "id": "1500000000000000001"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "50"
      ],
      "favorite_count": "0",
      "id_str": "1853910788364849153",
      "truncated": false,
      "retweet_count": "0",
      "id": "1853910788364849153",
      "created_at": "Tue Nov 05 21:22:30 +0000 2024",
      "favorited": false,
      "full_text": "@Rem_Vx Je ne répondrai pas à ce genre de message.",
      "lang": "fr",
      "in_reply_to_status_id_str": "1853910295249551364",
      "in_reply_to_status_id": "1853910295249551364",
      "in_reply_to_screen_name": "Rem_Vx",
      "in_reply_to_user_id": "1500000000000000001",
      "in_reply_to_user_id_str": "1500000000000000001",
      "deleted_at": "2024-11-05T21:30:02.000Z"
    }
  }
]