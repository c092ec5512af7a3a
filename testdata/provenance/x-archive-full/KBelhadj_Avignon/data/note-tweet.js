window.YTD.note_tweet.part0 = [
  {
    "noteTweet": {
      "noteTweetId": "1854139166749659137",
      "updatedAt": "2024-11-06T12:30:00.250Z",
      "lifecycle": {
        "value": "\n\u0004\b\u0001\u0010\u0001",
        "name": "org.json.JSONObject",
        "originalValue": "\n\u0004\b\u0001\u0010\u0001"
      },
      "createdAt": "2024-11-06T12:30:00.250Z",
      "core": {
        "styletags": [],
        "urls": [],
        "text": "Retour sur le débat d’hier soir. Je ne regrette pas d’y être allé : les habitants d’Avignon méritent qu’on leur parle de leurs écoles, de leurs transports et de leurs quartiers, pas de polémiques. J’ai entendu des mots qui blessent, j’y ai répondu par des propositions. Le budget des écoles voté hier matin en est une. Je continuerai à venir sur tous les plateaux où l’on voudra bien débattre, à condition qu’on s’écoute. Merci à toutes celles et ceux qui m’ont écrit &amp; soutenu.",
        "mentions": [],
        "cashtags": [],
        "hashtags": []
      }
    }
  }
]