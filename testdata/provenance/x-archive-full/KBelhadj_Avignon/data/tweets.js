window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1853716381611720704"
          ],
          "editableUntil": "2024-11-05T09:30:00.417Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "95"
      ],
      "favorite_count": "0",
      "id_str": "1853716381611720704",
      "truncated": false,
      "retweet_count": "0",
      "id": "1853716381611720704",
      "created_at": "Tue Nov 05 08:30:00 +0000 2024",
      "favorited": false,
      "full_text": "Conseil municipal ce matin : le budget des écoles est voté. Merci aux agents qui l’ont préparé.",
      "lang": "fr"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1853908668245475329"
          ],
          "editableUntil": "2024-11-05T22:14:05.123Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [
          {
            "text": "Avignon",
            "indices": [
              "107",
              "115"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "115"
      ],
      "favorite_count": "0",
      "id_str": "1853908668245475329",
      "truncated": false,
      "retweet_count": "0",
      "id": "1853908668245475329",
      "created_at": "Tue Nov 05 21:14:05 +0000 2024",
      "favorited": false,
      "full_text": "Affligé par ce que j’ai vu ce soir sur le plateau de « Face aux électeurs ». Le débat mérite mieux que ça. #Avignon",
      "lang": "fr"
    }
  }
]