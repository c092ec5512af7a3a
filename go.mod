module github.com/guillemet/guillemet

go 1.26.8

require (
	github.com/sergi/go-diff v1.4.0
	github.com/stretchr/testify v1.12.1
	golang.org/x/net v0.62.0
	golang.org/x/text v0.43.0
)

require go.yaml.in/yaml/v3 v3.0.5 // indirect
