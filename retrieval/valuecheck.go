package retrieval

import (
	"regexp"
	"strings"
	"unicode"
)

// "Our water has maybe 0.5% sand by volume. Is that OK for this pump?"
// and "our process water can hit 95 °C in summer, is the standard CP200 ok
// with that?" give the asker's own figure and ask whether the product
// takes it. The documents state the limit, not the asker's figure: the
// figure is searched for as the measure it is of (95 °C is a temperature),
// and the words of the check (is that OK, still within) name nothing.

// reValueCheck asks whether the asker's figure is within what the
// product takes.
var reValueCheck = regexp.MustCompile(`(?i)\b(?:is (?:that|this|it) (?:ok|okay|fine|alright|acceptable|a problem|too (?:much|high|hot|low))|(?:ok|okay|fine) with (?:that|this|it)|still (?:within|inside|in range|in spec|ok|okay|fine|under)|is (?:the \w+|it|that|this) (?:ok|okay|fine|alright|good|safe) to (?:run|use|work|operate)|(?:cover|reach)(?:es|s)? (?:our|my)|can (?:it|the pump|this pump|the unit) (?:handle|take|cope with)|past the limit|over the limit)\b|行不行|能用吗|可以用吗|能不能用|受得了吗|扛得住吗|没问题吗`)

// reAskersFigure is a figure with the unit of a measure a limit is
// stated for.
var reAskersFigure = regexp.MustCompile(`(?i)(?:about|around|roughly|maybe|up to|约|大概)?\s*[-+]?\d+(?:\.\d+)?\s*(°c|℃|degrees?\b|度|m³/h|m3/h|bar|mpa|kpa|%|mg/l|ppm|mm\b|cm\b|m\b|米|kg\b|g\b|公斤)`)

// reWhenReached is when the asker's figure is reached: "in summer".
var reWhenReached = regexp.MustCompile(`(?i)\b(?:(?:in|during|over) (?:the )?(?:summer|winter)|on (?:peak|busy|hot|cold) days)\b`)

// reInUse checks a figure against the product at work.
var reInUse = regexp.MustCompile(`(?i)\bto (?:run|use|work|operate)\b`)

// reAskersPremises are where the asker's figure is reached ("our lab gets
// to about 40 degrees"): the asker's place, which no document describes.
var reAskersPremises = regexp.MustCompile(`(?i)\b(?:our|my)\s+(?:lab|labs|shop|workshop|plant|factory|site|room|office|garage|warehouse|facility|building|hall)\b`)

// figureMeasures name the measure a unit's figure is of.
var figureMeasures = map[string]string{
	"°c": "temperature", "℃": "温度", "度": "温度", "m³/h": "flow", "m3/h": "flow", "bar": "pressure", "mpa": "pressure",
	"kpa": "pressure", "%": "", "mg/l": "", "ppm": "", "m": "", "米": "", "kg": "weight", "公斤": "重量",
	"degree": "temperature", "degrees": "temperature", "mm": "", "cm": "", "g": "weight",
}

// asMeasureChecked writes the asker's figures of a value check as the
// measures they are of.
func asMeasureChecked(s string) string {
	if !reValueCheck.MatchString(s) {
		return s
	}
	s = reAskersFigure.ReplaceAllStringFunc(s, func(m string) string {
		unit := strings.ToLower(reAskersFigure.FindStringSubmatch(m)[1])
		return " " + figureMeasures[unit] + " "
	})
	s = reWhenReached.ReplaceAllString(s, " ")
	s = reAskersPremises.ReplaceAllString(s, " ")
	return reValueCheck.ReplaceAllStringFunc(s, func(check string) string {
		if reInUse.MatchString(check) {
			return " operating " // "ok to run in that": the limit is the operating one
		}
		return " "
	})
}

// AskersFigures are the figures, written as one token ("25cm"), that a
// value check gives as the asker's own: "does it cover our 25cm tray" asks
// about the reach, and no document needs to mention 25 cm.
func AskersFigures(text string) map[string]bool {
	out := map[string]bool{}
	if !reValueCheck.MatchString(text) {
		return out
	}
	for _, m := range reAskersFigure.FindAllStringSubmatch(text, -1) {
		figure := strings.TrimSpace(m[0])
		if i := strings.IndexAny(figure, "0123456789+-"); i > 0 {
			figure = figure[i:]
		}
		out[strings.ToLower(strings.ReplaceAll(figure, " ", ""))] = true
	}
	return out
}

// A sentence about the asker's own situation before (or after) the
// question gives figures that are the asker's, not the documents': "We'll
// be pumping 85 degree water - will the casing get too hot to touch?",
// "Our sump sits about 4 m below the pump - can it suck up that deep?".
var (
	reClauseSplit    = regexp.MustCompile(`[?!。？！；;]\s*|\.(?:\s+|$)|\s[-–—]+\s|，|,\s`)
	reAskersOwnOpens = regexp.MustCompile(`(?i)^(?:(?:so|well|hi|ok|okay)[, ]+)?(?:we|we'll|we're|we've|we'd|our|i|i'm|i've|i'd|my|us|我们|我|咱们|咱)\b|^(?:我们|我|咱们|咱)`)
	reQuestionOpens  = regexp.MustCompile(`(?i)^(?:what|which|how|is|are|can|could|does|do|will|would|should|where|when|why|who)\b`)
)

// SituationFigures are the figures, written as one token ("85degree",
// "4m"), of the clauses in which the asker describes their own situation:
// a clause opened by we, our, I, my (我们, 我) that asks nothing itself.
func SituationFigures(text string) map[string]bool {
	out := map[string]bool{}
	for _, m := range situationFigures(text) {
		figure := strings.TrimSpace(m)
		if i := strings.IndexAny(figure, "0123456789+-"); i > 0 {
			figure = figure[i:]
		}
		figure = strings.ToLower(strings.ReplaceAll(figure, " ", ""))
		out[figure] = true
		out[strings.TrimRightFunc(figure, func(r rune) bool { return !unicode.IsDigit(r) && r != '.' })] = true
	}
	return out
}

// SituationUnits are the units of the asker's own figures ("degree" of
// "85 degree water"): an answer to "will the casing get too hot" speaks
// of temperatures too.
func SituationUnits(text string) []string {
	var out []string
	for _, m := range situationFigures(text) {
		out = append(out, strings.ToLower(reAskersFigure.FindStringSubmatch(m)[1]))
	}
	return out
}

func situationFigures(text string) []string {
	var out []string
	for _, c := range reClauseSplit.Split(text, -1) {
		c = strings.TrimSpace(c)
		if reAskersOwnOpens.MatchString(c) && !reQuestionOpens.MatchString(c) && !reValueCheck.MatchString(c) {
			out = append(out, reAskersFigure.FindAllString(c, -1)...)
		}
	}
	return out
}
