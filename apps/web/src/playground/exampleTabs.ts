// The operations the playground opens with, one tab each.
export const EXAMPLE_TABS: { query: string; variables?: string }[] = [
  {
    query: `# The crisis timeline's events in January 2019, with honest dates, actors and sources.
query CrisisInJanuary {
  events(filter: { timeline: "venezuela-crisis-2019", from: "2019-01-01", to: "2019-01-31" }) {
    totalCount
    nodes {
      title
      kind
      date { display precision start end }
      actors { role actor { name } }
      citations {
        passage
        dateExpression
        source { publisher url publishedOn }
      }
    }
  }
}
`,
  },
  {
    query: `# Everything Sergei Ryabkov said, and the events he spoke in.
query RyabkovQuotes {
  actors(search: "Ryabkov") {
    nodes {
      name
      quotes {
        text
        verb
        event { title date { display } }
        source { publisher url }
      }
      events(role: SPEAKER) {
        nodes { title }
      }
    }
  }
}
`,
  },
  {
    query: `# Who supports or recognises Maduro, since when, according to whom.
query WhoBacksMaduro {
  actors(search: "Maduro") {
    nodes {
      name
      stancesTowards {
        kind
        actor { name }
        sinceDisplay
        citations { passage source { publisher publishedOn url } }
      }
    }
  }
}
`,
  },
  {
    query: `# Full-text search over titles, summaries and quotes.
query SearchSanctions {
  events(filter: { search: "sanctions" }) {
    totalCount
    nodes {
      title
      date { display }
      summary
    }
  }
}
`,
  },
  {
    query: `# Live: events of the crisis timeline as editors change them. Run it, then publish an event elsewhere.
# Editors: put {"Authorization": "Bearer <token>"} in Headers to see drafts too.
subscription CrisisLive {
  eventChanged(timeline: "venezuela-crisis-2019") {
    change
    id
    event { title date { display } }
  }
}
`,
  },
];
