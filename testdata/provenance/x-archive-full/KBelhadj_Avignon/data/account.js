window.YTD.account.part0 = [
  {
    "account": {
      "email": "kbelhadj_avignon@example.org",
      "createdVia": "web",
      "username": "KBelhadj_Avignon",
      "accountId": "1402938475610293847",
      "createdAt": "2021-06-10T09:12:44.000Z",
      "accountDisplayName": "Karim Belhadj"
    }
  }
]