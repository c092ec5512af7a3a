# Builds a corpus nobody here generated (internal/strangers, README "A corpus
# nobody here generated") from Debian's French manual pages rendered to text
# in txt/ (render.sh): posts of up to 280 characters cut as windows of
# consecutive sentences, queries cut from them with damage, and sentences
# held out of every post. Run it in the folder that holds txt/.
import os, re, random, json, unicodedata, hashlib, datetime
random.seed(20261207)
files = sorted(os.listdir('txt'), key=lambda s: int(s.split('.')[0]))
docs = []
for f in files:
    lines = open('txt/'+f, encoding='utf-8', errors='replace').read().split('\n')
    if len(lines) < 3: continue
    lines = lines[1:-2]
    paras, cur = [], []
    for l in lines:
        if not l.strip():
            if cur: paras.append(' '.join(cur)); cur = []
            continue
        if not l.startswith(' ') and not l.startswith('\t'):  # a section heading
            if cur: paras.append(' '.join(cur)); cur = []
            continue
        cur.append(l.strip())
    if cur: paras.append(' '.join(cur))
    sents = []
    for p in paras:
        p = re.sub(r'\s+', ' ', p).strip()
        # split after . ! ? followed by a space and a capital or a quote
        parts = re.split(r'(?<=[.!?])\s+(?=[A-ZÀ-ÖØ-Ý«"(])', p)
        for s in parts:
            if len(s.split()) >= 4:
                sents.append(s)
    if sents: docs.append(sents)
def held(s):
    return int(hashlib.sha1(s.encode()).hexdigest(), 16) % 20 == 0
nsent = sum(len(d) for d in docs)
print('docs', len(docs), 'sentences', nsent, 'distinct', len(set(s for d in docs for s in d)))
N = int(os.environ.get('N', '1000000'))
authors = ['compte%04d' % i for i in range(3000)]
weights = [1.0/(i+1)**0.8 for i in range(3000)]
t0 = datetime.datetime(2021, 1, 1)
posts = []
out = open('posts.jsonl', 'w', encoding='utf-8')
while len(posts) < N:
    d = random.choice(docs)
    i = random.randrange(len(d))
    k = random.choice([1, 1, 2, 2, 3])
    run = []
    for s in d[i:i+k]:
        if held(s): break
        run.append(s)
    if not run: continue
    text = ' '.join(run)
    if len(text) > 280:
        cut = text[:280]
        sp = cut.rfind(' ')
        text = cut[:sp] if sp > 40 else cut
    if len(text) < 20: continue
    pid = str(1000000000000 + len(posts))
    a = random.choices(authors, weights)[0]
    when = t0 + datetime.timedelta(seconds=random.randrange(3*365*86400))
    posts.append((pid, a, when, text))
    out.write(json.dumps({'platform': 'x', 'id': pid, 'author': a, 'created_at': when.strftime('%Y-%m-%dT%H:%M:%S.000Z'), 'text': text}, ensure_ascii=False) + '\n')
out.close()
print('posts', len(posts))

def strip_acc(w):
    return ''.join(c for c in unicodedata.normalize('NFD', w) if unicodedata.category(c) != 'Mn')
def typo(ws):
    s = ' '.join(ws)
    s = s.replace("'", '’') if random.random() < .5 else s.replace('’', "'")
    s = s.replace('«\u00a0', '"').replace('\u00a0»', '"').replace('« ', '"').replace(' »', '"')
    s = re.sub(r' ([;:!?])', '\u202f\\1', s) if random.random() < .5 else re.sub(r'[ \u00a0\u202f]([;:!?])', r'\1', s)
    return s.split(' ')
def case(ws):
    r = random.random()
    if r < .4: return [w.lower() for w in ws]
    if r < .7: return [w.upper() if random.random() < .2 else w for w in ws]
    return [w.capitalize() if i == 0 else w for i, w in enumerate(ws)]
def accent(ws):
    return [strip_acc(w) if random.random() < .7 else w for w in ws]
def elision(ws):
    out = []
    for w in ws:
        m = re.match(r"^([ldjmnstcLDJMNSTC]|qu|Qu|jusqu|lorsqu|puisqu)['’](.+)$", w)
        if m and random.random() < .8:
            r = random.random()
            if r < .4: out += [m.group(1), m.group(2)]
            elif r < .7: out.append(m.group(1)+m.group(2))
            else: out += [m.group(1)+('e' if m.group(1).lower() in 'ldjmnstc' else 'e'), m.group(2)]
        else: out.append(w)
    return out
OCR = [('rn','m'),('m','rn'),('l','1'),('e','c'),('i','l'),('o','0'),('é','e'),('u','n'),('h','b'),('c','e'),('t','f')]
SHORT = {'de':['dc','cle'],'le':['lc','1e'],'la':['Ia'],'il':['Il','11'],'les':['lcs','1es'],'des':['dcs'],'et':['ct'],'un':['nn'],'en':['cn']}
def ocr(ws, n):
    ws = list(ws); slips = 0; tries = 0
    while slips < n and tries < 200:
        tries += 1
        i = random.randrange(len(ws)); w = ws[i]
        if len(w) < 4: continue
        a, b = random.choice(OCR)
        j = w.find(a)
        if j < 0: continue
        ws[i] = w[:j] + b + w[j+len(a):]; slips += 1
    return ws, slips
def shortocr(ws, n):
    ws = list(ws); idx = [i for i, w in enumerate(ws) if w.lower() in SHORT]
    random.shuffle(idx); k = 0
    for i in idx[:n]:
        ws[i] = random.choice(SHORT[ws[i].lower()]); k += 1
    return ws, k
classes = ['verbatim', 'typo', 'case', 'accent', 'elision', 'ocr1', 'ocr2', 'ocr3', 'short_ocr', 'mixed']
q = open('queries.jsonl', 'w', encoding='utf-8')
made = 0
while made < 1000:
    pid, a, when, text = random.choice(posts)
    ws = text.split(' ')
    if len(ws) < 8: continue
    lo_hi = random.choice([(8, 15), (16, 25), (26, 40)])
    if len(ws) < lo_hi[0]: continue
    L = random.randint(lo_hi[0], min(lo_hi[1], len(ws)))
    st = random.randrange(len(ws) - L + 1)
    run = ws[st:st+L]
    cls = classes[made % len(classes)]
    slips = 0
    if cls == 'typo': d = typo(run)
    elif cls == 'case': d = case(run)
    elif cls == 'accent': d = accent(run)
    elif cls == 'elision': d = elision(run)
    elif cls.startswith('ocr'): d, slips = ocr(run, int(cls[3]))
    elif cls == 'short_ocr':
        d, slips = shortocr(run, random.randint(1, 3))
        if slips == 0: continue
    elif cls == 'mixed':
        d = accent(case(typo(run))); d, slips = ocr(d, 1)
    else: d = run
    q.write(json.dumps({'kind': cls, 'want': pid, 'orig': ' '.join(run), 'text': ' '.join(d), 'words': L, 'slips': slips}, ensure_ascii=False) + '\n')
    made += 1
# made-up: held-out sentences (no post holds them)
heldout = [s for d in docs for s in d if held(s) and 8 <= len(s.split())]
heldout = sorted(set(heldout)); random.shuffle(heldout)
vocab = sorted(set(w for (_, _, _, t) in posts[:20000] for w in t.split(' ') if w.isalpha()))
for s in heldout[:300]:
    ws = s.split(' ')[:40]
    q.write(json.dumps({'kind': 'unseen', 'want': '', 'text': ' '.join(ws), 'words': len(ws)}, ensure_ascii=False) + '\n')
# near-paraphrases: a posted run with one word in four replaced
k = 0
while k < 200:
    pid, a, when, text = random.choice(posts)
    ws = text.split(' ')
    if len(ws) < 12: continue
    L = random.randint(12, min(30, len(ws))); st = random.randrange(len(ws) - L + 1)
    run = ws[st:st+L]
    for i in range(0, L, 4):
        j = min(L-1, i + random.randrange(4))
        run[j] = random.choice(vocab)
    q.write(json.dumps({'kind': 'paraphrase', 'want': '', 'near': pid, 'text': ' '.join(run), 'words': L}, ensure_ascii=False) + '\n')
    k += 1
q.close()
print('queries written')
