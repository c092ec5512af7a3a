window.YTD.account.part0 = [
  {
    "account": {
      "email": "rem_vx@example.org",
      "createdVia": "web",
      "username": "Rem_Vx",
      "accountId": "1500000000000000001",
      "createdAt": "2021-06-10T09:12:44.000Z",
      "accountDisplayName": "Rémi V."
    }
  }
]