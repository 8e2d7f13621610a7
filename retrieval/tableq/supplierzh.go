package tableq

import (
	"strings"
)

// A Chinese question names the supplier of an English sheet by its city
// and trade name ("泰州恒信铸造" for "Taizhou Hengxin Casting Co."). The
// city reads with the glossary; the trade name is the sheet's
// romanisation, which the glossary cannot read, so the city picks the
// supplier when the sheet has one supplier of that city. The name is
// then written as the sheet writes it.

// tradeNameRunes is how long a Chinese trade name (字号) is.
const tradeNameRunes = 2

// withSupplierHan writes the suppliers a Chinese question names by city
// and trade name as the sheet's own values.
func (t *Table) withSupplierHan(text string, tr Translate) string {
	col := t.roleColumn("supplier")
	if tr == nil || col < 0 || !hasHan(text) {
		return text
	}
	byCity := map[string][]string{}
	for _, v := range t.values(col) {
		if f := strings.Fields(v); len(f) > 1 {
			city := strings.ToLower(f[0])
			byCity[city] = append(byCity[city], v)
		}
	}
	for _, run := range reHanRun.FindAllString(text, -1) {
		rs := []rune(run)
		for i := 0; i+2+tradeNameRunes <= len(rs); i++ {
			en, rest := tr(string(rs[i : i+2]))
			if len(en) != 1 || hasHan(rest) {
				continue
			}
			named := byCity[strings.ToLower(en[0])]
			if len(named) != 1 {
				continue // no supplier of that city, or several
			}
			end := withTrade(rs, i+2+tradeNameRunes)
			text = strings.Replace(text, string(rs[i:end]), " "+named[0]+" ", 1)
			break
		}
	}
	return text
}

// nameStops end a supplier's Chinese name: the verbs and words of a
// question that come after it ("给", "供", "一共", "的").
const nameStops = "给供的一共有提为是在里中这那我们几多哪生产卖和与及、，。？"

// withTrade extends a supplier's Chinese name from end over its trade
// word and company form ("铸造", "电气有限公司") up to the first word of the
// question after it, four characters at most besides the company form.
func withTrade(rs []rune, end int) int {
	k := end
	for k < len(rs) && k < end+4 && !strings.ContainsRune(nameStops, rs[k]) {
		k++
	}
	for _, form := range []string{"有限公司", "公司", "集团", "厂"} {
		if strings.HasPrefix(string(rs[k:]), form) {
			return k + len([]rune(form))
		}
	}
	return k
}
