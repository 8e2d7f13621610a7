package retrieval

import (
	"regexp"
	"sort"
)

// A question for how long a job takes is often answered by two documents
// that differ: an FAQ's "about 2 hours" and a service sheet's "2.5 h", a
// printing guide's "10 hours" and a part page's "8 hours". The user must
// see both, so both must reach the evidence; yet the passages that only
// name the item (parts-list rows for "mechanical seal") fill the budget
// first. So the best passage beyond the budget that states a time and
// holds half of what the question names is kept too, one for each
// document, up to secondSources: first of the documents no kept passage
// comes from, then of those whose kept passages state no time.
const secondSources = 3

var (
	// timeTakenAsked asks how long something takes; "多久换一次" asks how
	// often, which an interval answers (see AsksHowOften).
	timeTakenAsked = regexp.MustCompile(`(?i)\bhow\s+long\b.*\btakes?\b|\bhow\s+much\s+time\b|多长时间|多少时间|多久|多少小时|几个小时`)
	// asksHowOften asks how often: "多久换一次", "每隔多久", "how often". A
	// 一次 before the asking counts one run ("打印一次要多久": how long one
	// print takes), which a time answers.
	asksHowOften = regexp.MustCompile(`(?:多久|多长时间|多少时间|多少小时|多少天)[^，,。？?]*一次|每|(?i)\bhow\s+often\b`)
	// timeAsking are the words that ask for the time, which the passage
	// stating it need not hold.
	timeAsking = TokenSet("how long take takes time hours 多长时间 多少时间 多久 多少小时 几个小时 大概 大约 需要")
	statedTime = regexp.MustCompile(`(?i)\d\s*(?:h|hrs?|hours?|min|mins|minutes?|days?)\b|\d\s*(?:小时|分钟|天)`)
)

// asksTimeTaken reports a question for how long something takes.
func asksTimeTaken(q Question) bool {
	return timeTakenAsked.MatchString(q.Text) && !AsksHowOften(q.Text)
}

// AsksHowOften reports a question asking how often something is done,
// which an interval answers, not the time it takes.
func AsksHowOften(question string) bool { return asksHowOften.MatchString(question) }

// reserveSecondSources marks as reserved, for a question asking how long
// something takes, the passages past the first maxItems that may give the
// time another document gives differently.
func reserveSecondSources(q Question, f *fusion, maxItems int) {
	if !asksTimeTaken(q) {
		return
	}
	named := q
	named.Terms = nil
	for _, t := range q.Terms {
		if !timeAsking[t] {
			named.Terms = append(named.Terms, t)
		}
	}
	if len(named.Terms) == 0 {
		return
	}
	ranked := rankedCandidates(f)
	kept, timed := map[string]bool{}, map[string]bool{}
	for i, c := range ranked {
		if i < maxItems || c.forced || c.reserved {
			kept[c.chunk.DocumentID] = true
			timed[c.chunk.DocumentID] = timed[c.chunk.DocumentID] || statedTime.MatchString(c.chunk.Text)
		}
	}
	// A document not heard from first, then one whose kept passages
	// state no time.
	rest := ranked[min(maxItems, len(ranked)):]
	added := reserveTimes(named, rest, func(doc string) bool { return !kept[doc] }, secondSources)
	reserveTimes(named, rest, func(doc string) bool { return !timed[doc] }, secondSources-added)
}

// reserveTimes reserves, of the candidates whose document open allows,
// the best one stating a time and holding half of named's terms for each
// document, up to n; it returns how many it reserved.
func reserveTimes(named Question, cands []*candidate, open func(doc string) bool, n int) int {
	done := map[string]bool{}
	added := 0
	for _, c := range cands {
		if added >= n {
			break
		}
		doc := c.chunk.DocumentID
		if c.reserved || done[doc] || !open(doc) || !statedTime.MatchString(c.chunk.Text) {
			continue
		}
		have := TokenSet(c.chunk.Text + " " + c.chunk.SectionPath() + " " + c.chunk.DocTitle)
		if 2*named.Covered(have) < len(named.Terms) {
			continue
		}
		c.reserved, done[doc] = true, true
		added++
	}
	return added
}

// rankedCandidates are the fusion's candidates in the order the budget
// takes them.
func rankedCandidates(f *fusion) []*candidate {
	all := make([]*candidate, 0, len(f.order))
	for _, id := range f.order {
		all = append(all, f.byID[id])
	}
	sort.SliceStable(all, func(i, j int) bool {
		if all[i].forced != all[j].forced {
			return all[i].forced
		}
		return all[i].score > all[j].score
	})
	return all
}
