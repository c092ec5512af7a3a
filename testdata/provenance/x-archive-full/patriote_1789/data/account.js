window.YTD.account.part0 = [
  {
    "account": {
      "email": "patriote_1789@example.org",
      "createdVia": "web",
      "username": "patriote_1789",
      "accountId": "1311122233344455566",
      "createdAt": "2021-06-10T09:12:44.000Z",
      "accountDisplayName": "Le Patriote 🇫🇷"
    }
  }
]