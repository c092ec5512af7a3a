package wording

// NumMsgs is how many sentences the catalogue holds, for the tests.
const NumMsgs = numMsgs

// NumReviewMsgs is how many sentences of a fact check the catalogue
// holds, for the tests.
const NumReviewMsgs = numReviewMsgs
