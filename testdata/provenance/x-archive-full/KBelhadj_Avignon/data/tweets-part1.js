window.YTD.tweets.part1 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1853911460200710149"
          ],
          "editableUntil": "2024-11-05T22:25:10.777Z",
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
        "104"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1853908668245475329",
      "in_reply_to_user_id": "1402938475610293847",
      "in_reply_to_status_id": "1853908668245475329",
      "in_reply_to_screen_name": "KBelhadj_Avignon",
      "in_reply_to_user_id_str": "1402938475610293847",
      "id_str": "1853911460200710149",
      "truncated": false,
      "retweet_count": "0",
      "id": "1853911460200710149",
      "created_at": "Tue Nov 05 21:25:10 +0000 2024",
      "favorited": false,
      "full_text": "Je précise : je parle du ton, pas des personnes. On peut débattre sans s’insulter, même à la télévision.",
      "lang": "fr"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1854067493812437001"
          ],
          "editableUntil": "2024-11-06T08:45:12.089Z",
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
        "81"
      ],
      "favorite_count": "0",
      "id_str": "1854067493812437001",
      "truncated": false,
      "retweet_count": "0",
      "id": "1854067493812437001",
      "created_at": "Wed Nov 06 07:45:12 +0000 2024",
      "favorited": false,
      "full_text": "Marché de Noël : les inscriptions des exposants ouvrent lundi à la mairie annexe.",
      "lang": "fr"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1854139166749634561"
          ],
          "editableUntil": "2024-11-06T12:30:00.250Z",
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
        "urls": []
      },
      "display_text_range": [
        "0",
        "273"
      ],
      "favorite_count": "0",
      "id_str": "1854139166749634561",
      "truncated": false,
      "retweet_count": "0",
      "id": "1854139166749634561",
      "created_at": "Wed Nov 06 12:30:00 +0000 2024",
      "favorited": false,
      "full_text": "Retour sur le débat d’hier soir. Je ne regrette pas d’y être allé : les habitants d’Avignon méritent qu’on leur parle de leurs écoles, de leurs transports et de leurs quartiers, pas de polémiques. J’ai entendu des mots qui blessent, j’y ai répondu par des propositions. Le…",
      "lang": "fr"
    }
  }
]