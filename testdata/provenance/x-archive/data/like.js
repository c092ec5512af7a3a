window.YTD.like.part0 = [
  {
    "like": {
      "tweetId": "1853909665550303235",
      "fullText": "@KBelhadj_Avignon Tout mon soutien. Le niveau du débat était lamentable &amp; personne ne l’a dit.",
      "expandedUrl": "https://twitter.com/i/web/status/1853909665550303235"
    }
  }
]