window.YTD.account.part0 = [
  {
    "account": {
      "email": "asso_vivreensemble@example.org",
      "createdVia": "web",
      "username": "asso_vivreensemble",
      "accountId": "3344556677",
      "createdAt": "2021-06-10T09:12:44.000Z",
      "accountDisplayName": "Vivre Ensemble 84"
    }
  }
]