package assistant

import (
	"strings"

	"github.com/kgassist/kgassist/retrieval"
)

// "泵体螺栓拧紧力矩是多少" asks for the casing bolts; "浇注 4 个 M16 地脚螺栓…
// 以 120 N·m 的扭矩拧紧" states the anchor bolts' torque. Both are bolts, and
// the question's character pairs read 螺栓 as part of its attribute, so
// the sentence passes for the item. A Chinese item written as two glossary
// words, a qualifier and its head, is not named by a text that names
// another glossary word of that head (地脚螺栓) and never the qualifier;
// nor by an English text about another item of the head (anchor bolts).

// zhCompound is a Chinese question's item as two glossary words side by
// side, the qualifier and its head, with their English forms.
type zhCompound struct {
	qual, head     string
	qualEN, headEN string
	// whole is an item the glossary knows as one word (叶轮螺母): only
	// a fastener of another kind is read as another item of it.
	whole bool
}

// zhCompounds are the pairs of glossary words a Chinese question writes
// side by side, the second a fastener's head. Which pair is the item is
// not known ("螺栓拧紧" is the bolt and a verb), so a text is about another
// item where any pair says so.
type zhCompounds []zhCompound

func askedZHCompounds(question string) zhCompounds {
	if !hasHan(question) {
		return nil
	}
	glossed := map[string]string{}
	for _, g := range retrieval.Gloss(question, "zh", 20) {
		if zh, en, ok := strings.Cut(g, " = "); ok && allHan(zh) {
			glossed[zh] = en
		}
	}
	var out zhCompounds
	for word, en := range glossed {
		// The glossary may know the whole item as one word (叶轮螺母 =
		// impeller nut): its head is still the fastener's.
		for head := range fastenerHeads {
			qual, ok := strings.CutSuffix(word, head)
			enWords := strings.Fields(en)
			if ok && qual != "" && len(enWords) >= 2 {
				out = append(out, zhCompound{qual, head, strings.Join(enWords[:len(enWords)-1], " "), enWords[len(enWords)-1], true})
			}
		}
	}
	for qual, qualEN := range glossed {
		for head, headEN := range glossed {
			if qual != head && strings.Contains(question, qual+head) && fastenerHeads[head] {
				out = append(out, zhCompound{qual, head, qualEN, headEN, false})
			}
		}
	}
	return out
}

// fastenerHeads are the heads whose items a qualifier tells apart and
// whose values differ item by item: a pump has casing, motor, gland and
// anchor bolts, each with its own torque. Other heads are often one thing
// under two names (出厂试验 is the 性能试验, the shaft seal the mechanical
// seal), so a text naming them otherwise may still be about the item.
var fastenerHeads = map[string]bool{"螺栓": true, "螺钉": true, "螺丝": true, "螺母": true, "垫片": true, "垫圈": true, "螺塞": true}

// namesOther reports a text about another item than one of the pairs.
func (cs zhCompounds) namesOther(text string) bool {
	for _, c := range cs {
		if c.namesOther(text) {
			return true
		}
	}
	return false
}

// namesOther reports a text about another item of the compound's head.
// A text of either language may hold the other's words (a section "5 Torque
// values (扭矩表)"): each language's words are read by their own rule.
func (c zhCompound) namesOther(text string) bool {
	if c.whole {
		return !strings.Contains(text, c.qual) && !strings.Contains(text, c.head) && namesOtherFastener(c.head, text)
	}
	if otherOfKindEN(retrieval.Analyze(c.qualEN+" "+c.headEN), text) {
		return true
	}
	if strings.Contains(text, c.qual) || !strings.Contains(text, c.head) {
		return false
	}
	for _, g := range retrieval.Gloss(text, "zh", 40) {
		zh, _, _ := strings.Cut(g, " = ")
		if zh != c.head && strings.HasSuffix(zh, c.head) {
			return true // 地脚螺栓 for 泵体螺栓
		}
	}
	return false
}

// fastenerGroups are the fastener heads that name one kind of part: a
// screw is written 螺钉 or 螺丝, and a bolt is often called a screw, but a
// nut (螺母) or a washer (垫片) is another part with its own values.
var fastenerGroups = map[string]string{"螺栓": "bolt", "螺钉": "bolt", "螺丝": "bolt", "螺母": "nut", "垫片": "washer", "垫圈": "washer", "螺塞": "plug"}

// namesOtherFastener reports a text that names a fastener of another
// kind than head and none of head's: the anchor bolts' torque (地脚螺栓)
// is no impeller nut's (叶轮螺母).
func namesOtherFastener(head, text string) bool {
	for other, group := range fastenerGroups {
		if group == fastenerGroups[head] && strings.Contains(text, other) {
			return false
		}
	}
	for other, group := range fastenerGroups {
		if group != fastenerGroups[head] && strings.Contains(text, other) {
			return true
		}
	}
	return false
}
