package wording

// NumMsgs is how many sentences the catalogue holds, for the tests.
const NumMsgs = numMsgs
