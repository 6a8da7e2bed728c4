# Innocent people as Passage's applicants are: Russian men of military age (born 1973-2004), named by frequency from
# public tables of Russian names, written as they write themselves in Cyrillic (surname, given name, patronymic; or
# given name, patronymic, surname) and as their international passport writes them (ICAO Doc 9303 transliteration,
# used by Russian passports since 2014: SURNAME GIVEN-NAME, no patronymic). None is taken from a list.
# Sources (../shared/data/russian-names): given names and patronymics by generation, faker_persons_ru-weights (MIT;
# names.mercator.ru, 1000names.ru); surnames: half from A. F. Zhuravlev's common surnames (same folder), half from the
# long tail of surnames-frequency (datacoon/russiannames, BSD-3-Clause), each by its count.
# Output: data/eval/russian-applicants.csv in the columns of yente's screening fixtures, for
#   ./passage eval screening --innocent data/eval/russian-applicants.csv --list .../ofac-sdn.json --innocent-limit 2000
# Run from the repository root: python3 src/bench/resources/org/passage/bench/screening/make_russian_applicants.py
# A tune sample to read false alerts on, never the held-out file above (same population, another draw):
#   python3 .../make_russian_applicants.py --seed 7 --count 4000 --out data/eval/russian-applicants-tune.csv
import argparse, csv, datetime, os, random

here = os.path.dirname(os.path.abspath(__file__))
data = os.path.join(here, "../../../../../../../../shared/data")
if not os.path.isdir(data):
    data = "../shared/data"
names = os.path.join(data, "russian-names")
parser = argparse.ArgumentParser(description="synthetic Russian applicants, none taken from a list")
parser.add_argument("--seed", type=int, default=2026, help="2026 draws the held-out file; tune on another seed")
parser.add_argument("--count", type=int, default=2000)
parser.add_argument("--out", default=os.path.join(here, "../../../../../../..", "data", "eval", "russian-applicants.csv"))
args = parser.parse_args()
os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
COUNT = args.count
GENERATIONS = {"junior": (1990, 2004), "middle": (1973, 1989)}
ICAO = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s", "t",
                 "u", "f", "kh", "ts", "ch", "sh", "shch", "ie", "y", "", "e", "iu", "ia"]))


def icao(word):
    return "".join(ICAO.get(ch, ch) for ch in word.lower()).upper()


def weighted(path, value, weight, keep):
    with open(path, encoding="utf-8") as f:
        rows = [r for r in csv.reader(f) if r and keep(r)]
    return [r[value] for r in rows], [float(r[weight]) for r in rows]


rnd = random.Random(args.seed)
given = {g: weighted(os.path.join(names, "faker_persons_ru-weights/first_names_by_generation_weights.csv"), 0, 3,
                     lambda r, g=g: r[1] == "m" and r[2] == g) for g in GENERATIONS}
fathers = {g: weighted(os.path.join(names, "faker_persons_ru-weights/patronymics_by_generation_weights.csv"), 0, 3,
                       lambda r, g=g: r[1] == "m" and r[2] == g) for g in GENERATIONS}
common = weighted(os.path.join(names, "faker_persons_ru-weights/surnames_zhuravlev_weights.csv"), 0, 2, lambda r: r[1] == "m")
# the long tail: male forms only (a female form ends in а or я), past the common surnames
tail = weighted(os.path.join(names, "surnames-frequency/russian_surnames.csv"), 0, 1,
                lambda r: r[1].isdigit() and not r[0].endswith(("а", "я")) and len(r[0]) > 2)
tail = (tail[0][1000:], tail[1][1000:])
with open(os.path.join(data, "gazetteer/geonames_cities500_RU_UA.tsv"), encoding="utf-8") as f:
    places = [r[2] for r in csv.reader(f, delimiter="\t") if len(r) > 8 and r[8] == "RU" and r[2]]

rows = []
for i in range(COUNT):
    generation = rnd.choice(list(GENERATIONS))
    first = rnd.choices(*given[generation])[0]
    father = rnd.choices(*fathers[generation])[0]
    surname = rnd.choices(*(common if i % 2 == 0 else tail))[0].capitalize()
    start, end = GENERATIONS[generation]
    born = datetime.date(start, 1, 1) + datetime.timedelta(days=rnd.randrange((datetime.date(end, 12, 31) - datetime.date(start, 1, 1)).days))
    if i % 4 == 0:
        full = f"{surname} {first} {father}"
    elif i % 4 == 1:
        full = f"{first} {father} {surname}"
    else:  # half of them as the passport writes them
        full, first, father, surname = f"{icao(surname)} {icao(first)}", icao(first), "", icao(surname)
    rows.append([full, first, father, surname, "male", born.isoformat(), rnd.choice(places) if places else "", "Russia"])
with open(args.out, "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["full_name", "first_name", "middle_name", "last_name", "gender", "date_of_birth", "place_of_birth", "nationality"])
    w.writerows(rows)
print("wrote", len(rows), "applicants to", args.out)
