package assistant

import (
	"regexp"
	"strings"
)

// "通讯协议是什么" is answered by the protocol's name ("RS-485（Modbus
// RTU，从站地址 1…）"), which seldom stands beside the word "protocol".
// A part asking for a protocol is answered where another part's answer
// names one.
var (
	asksProtocol  = regexp.MustCompile(`(?i)\bprotocols?\b|协议`)
	protocolNames = regexp.MustCompile(`(?i)\b(?:modbus(?:[ -]?(?:rtu|tcp))?|profibus|profinet|canopen|can ?bus|ethercat|ethernet/ip|bacnet|hart|devicenet|cc-link|opc[ -]?ua|mqtt)\b`)
)

func protocolAnswered(part string, answers []string) bool {
	return asksProtocol.MatchString(part) && protocolNames.MatchString(strings.Join(answers, "\n"))
}
