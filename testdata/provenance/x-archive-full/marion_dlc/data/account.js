window.YTD.account.part0 = [
  {
    "account": {
      "email": "marion_dlc@example.org",
      "createdVia": "web",
      "username": "marion_dlc",
      "accountId": "245678901",
      "createdAt": "2021-06-10T09:12:44.000Z",
      "accountDisplayName": "Marion D."
    }
  }
]