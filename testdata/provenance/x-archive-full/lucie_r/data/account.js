window.YTD.account.part0 = [
  {
    "account": {
      "email": "lucie_r@example.org",
      "createdVia": "web",
      "username": "lucie_r",
      "accountId": "98765432",
      "createdAt": "2021-06-10T09:12:44.000Z",
      "accountDisplayName": "Lucie R."
    }
  }
]