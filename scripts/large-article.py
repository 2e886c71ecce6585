#!/usr/bin/env python3
"""A project with one large article quoted by many claims, for BENCHMARKS.md.

    scripts/large-article.py DIR ARTICLE_MB CLAIMS QUOTE_WORDS [nfd|common]

The article is made of numbered sentences naming Armenian, Georgian, Catalan and Vietnamese
places (curly apostrophes); each claim quotes one whole sentence verbatim, with its number
as the value. `nfd` stores the article decomposed. `common` makes each quote four words from
the middle of a sentence instead, all common words, with no value. Every quote is found: the
check reports nothing."""
import os, sys, random, unicodedata
out, article_mb, claims, quote_words = sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
nfd = len(sys.argv) > 5 and sys.argv[5] == "nfd"
common = len(sys.argv) > 5 and sys.argv[5] == "common"
random.seed(1)
names = ["Geġark’unik’", "Širak", "Lleida", "Quảng Ninh", "Mtskheta-Mtianeti", "Julià", "Ra’s al Khaymah", "Đắk Lắk", "Girona", "Tavush"]
words = "the region reported that work on roads schools and clinics went on through the year while officials counted households villages and farms".split()
os.makedirs(f"{out}/sources", exist_ok=True); os.makedirs(f"{out}/claims", exist_ok=True); os.makedirs(f"{out}/entities", exist_ok=True)
target = int(article_mb * 1e6)
sentences = []; size = 0; i = 0
while size < target:
    n = random.randrange(quote_words, quote_words + 10)
    body = " ".join(random.choice(words) for _ in range(n))
    s = f"In {names[i % len(names)]} sentence {i} says {body} and counted {i * 7 % 100000} units."
    sentences.append(s); size += len(s.encode()) + 1; i += 1
text = "\n".join(sentences) + "\n"
if nfd: text = unicodedata.normalize("NFD", text)
open(f"{out}/sources/big.txt", "w").write(text)
open(f"{out}/sources/sources.yaml", "w").write("sources:\n  - {id: big, title: Big, published: 2024-01-01, text: big.txt}\n")
open(f"{out}/entities/e.yaml", "w").write("entities:\n" + "".join(f"  - {{name: \"{n}\", kind: province}}\n" for n in names))
with open(f"{out}/claims/c.yaml", "w") as f:
    f.write("source: big\nclaims:\n")
    for c in range(claims):
        k = random.randrange(len(sentences))
        s = sentences[k]
        if common:
            body = s.split(" says ")[1].split(" and counted ")[0].split()
            i = random.randrange(0, max(1, len(body) - 4))
            q = " ".join(body[i:i + 4])
            f.write(f"  - {{id: c{c}, quote: \"{q}\", subject: \"{names[k % len(names)]}\", metric: m, status: done}}\n")
            continue
        q = s.replace('"', '\\"')
        f.write(f"  - id: c{c}\n    quote: \"{q}\"\n    subject: \"{names[k % len(names)]}\"\n    metric: units\n    value: {k * 7 % 100000}\n    unit: unit\n")
