package org.passage.screening.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Words that are not names: legal forms and their spelled-out versions in Russian, Ukrainian, Belarusian,
 * Hungarian and English (ООО, OOO, LLC, АО, JSC, общество с ограниченной ответственностью, korlátolt felelősségű
 * társaság for Kft., and "felszámolás alatt", in liquidation, a company's state rather than its name; Hungarian forms
 * after the Hungarian Civil Code's names of company forms, looked up on Wiktionary; the Arabic and Persian forms spelled
 * out, شركة ذات مسؤولية محدودة and شرکت با مسئولیت محدود for an LLC, شركة مساهمة for a joint-stock company, as the
 * UAE's Commercial Companies Law and Iran's Commercial Code name those forms), personal titles, and generic
 * words of organization names (bank, plant, trading) that count for little. Held as phonetic forms, so every
 * romanisation of "Общество" (obshchestvo, obchtchestvo, obŝestvo) is recognised. Compared by spelling, not by
 * phonetic form: short forms collide ("of" and "Ioffe" share one).
 */
final class Vocabulary {

    private static final String LEGAL = """
            ооо оао зао пао ао нао тов пат прат ат пп чп ип гуп фгуп муп нко ано фгбу фгуп оо аат зат таа уп руп рвуп
            общество обществo товариство таварыства ограниченной ответственностью обмеженою відповідальністю адказнасцю абмежаванай
            акционерное открытое закрытое публичное непубличное акціонерне відкрите закрите публічне приватне акцыянернае адкрытае закрытае унітарнае

            государственное федеральное бюджетное автономное казенное унитарное учреждение
            sirketi sti anonim limitada sociedad responsabilidad anonima societatea cu raspundere limitata kg ve cia
            llc ltd limited liability company co corp corporation inc incorporated jsc ojsc cjsc pjsc pjs oao zao ooo
            joint stock public private open closed the of gmbh ag sa sas sasu sarl srl spa plc llp lp bv nv doo ood ad
            fzco fze fzc fzllc dmcc cv de pte pt tbk bhd sdn kft zrt aps
            iooo osoo fsue fgau fgbou fkp fku dooel drustvo drushtvo ogranicenom ogranichena odgovornoscu odgovornost otgovornost
            aktcionernoe obshestvo obschestvo adkrytae zakrytae aktsyianernae tavarystva partnership тоо
            sherkat sherkate sharikat sharikah shirkat muassasat muassasa moassese moasseseh moassesseh
            ogranichenoy otgovornostyu spolka ograniczona odpowiedzialnoscia spolecnost rucenim omezenym sociedade
            ltda pty proprietary sro tnhh wll oyj ca sarlu pvt pcl eirl компания компанія кампанія корпорация корпорація societe sociedad compania companhia شرکت شركة مؤسسة موسسه شذمم ذمم شمع شمح سهامی sahami
            ممح شمل شمب شمك شمم منطقةحرة fz bsc ksc qsc qpsc saog saoc
            korlatolt felelossegu tarsasag reszvenytarsasag zartkoruen nyilvanosan mukodo nyrt kkt felszamolas vegelszamolas alatt
            ذات مسؤولية مسئولية محدودة مساهمة مسئولیت مسؤولیت محدود
            """;

    /** Personal titles and "aka": dropped from a name like a legal form, but they say nothing of a company. */
    private static final String TITLES = """
            mr mrs ms miss dr drs prof doctor professor sir shri hon aka
            sheikh shaikh shaykh sheik shekh haji hajji hadji alhaji mullah mulla maulana mawlana maulvi imam sayyid sayed syed seyyed
            mufti ayatollah hojatoleslam general colonel captain admiral генерал полковник подполковник капитан адмирал
            حاج حاجي حاجی حاجى شيخ شیخ ملا مولوي مولوی مولوى
            господин госпожа herr frau monsieur mme mlle madame señor senor sra dott ing dipl generał pułkownik
            """;

    /**
     * Legal forms of Chinese, Japanese, Korean and Thai companies as written, which {@link UnspacedNames} cuts out of a
     * name written without spaces. They have no kind: 股份有限公司 and 주식회사 are joint-stock companies, but lists
     * translate them "Co., Ltd." as often as "JSC", so a kind would set two spellings of one company against each other.
     */
    private static final String UNSPACED_LEGAL_FORMS = """
            有限公司 有限责任公司 有限責任公司 股份有限公司 股份公司 责任公司 責任公司 公司 总公司 總公司 商行 有限会社 株式会社 株式會社
            会社 會社 合同会社 合资会社 合資會社 주식회사 유한회사 유한책임회사 합자회사 합명회사 총회사 회사 บริษัท จำกัด มหาชน ห้างหุ้นส่วน
            คอร์ปอเรชั่น คอร์เปอร์เรชั่น
            """;

    // ولد, "son of", is the ould of Mauritanian names and the nasab of Afghan ones as the UN writes them in Arabic letters
    // (اختر محمد ولد نور محمد, Akhtar Mohammad son of Nur Mohammad): a particle as bin is
    // the last line: the Arabic article as Japanese writes it apart (アル＝カーイダ, エル・アイサミ: the gairaigo notice
    // of 1991 joins it with ＝ or ・) and as Chinese does (埃尔 el in Xinhua's English table: 塔雷克·埃尔·艾萨米)
    private static final String PARTICLES = """
            al el ul bin ibn bint ben bat binti bte abd ait ould
            van von der den la le du dos das do di da del della ter ten
            ال آل بن بنت ابن ولد בן בת
            アル エル 埃尔 埃爾
            """;

    /**
     * The particles of Arabic and Hebrew names in Latin letters: a word in Arabic or Hebrew letters is one only when its
     * own letters are on the list. Read by its romanisation, عابد (Abed, a name) was "abd", the Latin Abd, and left out.
     */
    private static final Set<String> LATIN_SPELLED_ABJAD_PARTICLES = Set.of("al", "el", "ul", "bin", "ibn", "bint", "ben", "bat", "binti",
            "bte", "abd", "ait", "ould");

    /**
     * Legal forms by kind, after rigour's generic forms: a GmbH and an OOO are both limited companies, an AG is not.
     * "Ltd" and "Limited" alone are of either kind (LIMITED): in the UK a company limited by shares, private or public
     * (Companies Act 2006, ss. 58-59: "public limited company", "limited"), and the English that stock companies abroad
     * write for their own form: a Swiss AG/SA enters its name's English translation with "Ltd" (the Commercial Register
     * Ordinance lets a firm name be registered with its translations: Gazprombank Schweiz AG, (Switzerland) Ltd), a
     * Japanese kabushiki kaisha, a Chinese 股份有限公司, a Korean 주식회사 as "Co., Ltd.". A more precise word of the same
     * name decides (Limited Liability Company: LLC).
     */
    private static final String[][] LEGAL_KINDS = {
            {"LIMITED", "ltd limited"},
            {"LLC", "محدودة محدود مسؤولية مسئولية مسئولیت مسؤولیت ооо тов таа llc gmbh sarl srl doo ood kft aps pte sdn bhd iooo osoo dooel ogranicenom odgovornoscu ogranichena odgovornost otgovornost ogranichenoy otgovornostyu ograniczona odpowiedzialnoscia rucenim omezenym ограниченной обмеженою абмежаванай liability ltda pty sro tnhh wll sarlu شذمم ذمم korlatolt felelossegu"},
            {"JSC", "مساهمة anonim aktcionernoe aktsyianernae аат зат ао оао зао пао нао ат пат прат jsc ojsc cjsc pjsc pjs oao zao ag sa spa plc nv ad zrt tbk oyj ca شمع سهامی sahami شمل شمب شمك bsc ksc qsc qpsc saog акционерное акціонерне акцыянернае joint stock reszvenytarsasag nyrt zartkoruen nyilvanosan"},
            {"LP", "lp llp kg partnership тоо kkt"},
            {"SOLE", "ип чп пп"},
            {"STATE", "гуп фгуп муп уп руп рвуп унитарное унітарнае fsue"},
    };

    private static final String GENERIC = """
            банк завод компания группа холдинг предприятие комбинат фабрика институт центр концерн объединение
            торговый торговая трейдинг
            bank plant factory works group holding holdings trading trade shipping industries industry international
            enterprise enterprises company institute center centre research production association services service
            management investment investments technologies technology engineering construction development
            научно научный производственное производственная предприятие исследовательский институт университет академия
            образовательное высшего образования профессионального имени им российской федерации управляющая национальный
            государственный государственная науково виробниче підприємство державна державний інститут
            federal state budgetary educational institution higher education professional scientific university academy
            national russian federation and named after republic republican unitary general
            ithalat ihracat dis ic ticaret sanayi insaat gida nakliye pazarlama
            """;

    /*
     * Split by the script the word is written in: the consonant skeleton of an Arabic or Persian form is a Latin name
     * (سهامی reads "shamy", and "Husayn al-Shamy" lost its family name), so a Latin word is looked up only among forms
     * written in Latin or Cyrillic, an Arabic or Hebrew one only among forms written in those scripts.
     */
    private static final Set<String> LEGAL_FORMS = forms(LEGAL + TITLES + UNSPACED_LEGAL_FORMS, false);
    private static final Set<String> ABJAD_LEGAL_FORMS = forms(LEGAL + TITLES, true);
    private static final Set<String> COMPANY_FORMS = forms(LEGAL + UNSPACED_LEGAL_FORMS, false);
    private static final Set<String> ABJAD_COMPANY_FORMS = forms(LEGAL, true);
    private static final Set<String> TITLE_FORMS = forms(TITLES, false);
    /** Words of the legal forms' list that only join its words (Open Joint Stock Company of …). */
    private static final Set<String> FILLERS = Set.of("the", "of", "de");
    private static final Set<String> UNSPACED = Set.of(UNSPACED_LEGAL_FORMS.strip().split("\\s+"));
    private static final Set<String> PARTICLE_FORMS = forms(PARTICLES);
    private static final Set<String> ABJAD_PARTICLE_FORMS = abjadParticleForms();

    /**
     * The particles of Spanish, Italian, Dutch and German names as Arabic writes them (Emilio del Valle اميليو ديل ڤال,
     * van فان, von فون): by their Arabic letters only, since their romanisations (fan, dyl) are Latin names.
     */
    private static final String EUROPEAN_PARTICLES_IN_ARABIC = "ديل دي دا فان فون";

    private static Set<String> abjadParticleForms() {
        Set<String> out = new HashSet<>(forms(PARTICLES, true));
        out.addAll(forms(EUROPEAN_PARTICLES_IN_ARABIC, true));
        for (String form : forms(PARTICLES, false)) {
            if (!LATIN_SPELLED_ABJAD_PARTICLES.contains(form)) {
                out.add(form); // van, von, de: a European name in Arabic letters (فان) has them as well
            }
        }
        return Set.copyOf(out);
    }
    private static final java.util.Map<String, String> KINDS = kinds();
    private static final Set<String> GENERIC_FORMS = forms(GENERIC);

    private Vocabulary() {
    }

    /** Words that join the words of a name and are translated or left out at will (Bank of Trade and Industry). */
    private static final Set<String> CONNECTORS = Set.of("and", "und", "et", "ve", "for", "pour");

    /** "and", "und", "et", "for": dropped from a name, so that a translation that leaves it out still agrees on every word. */
    static boolean isConnector(NameToken token) {
        return !token.numeric() && CONNECTORS.contains(token.text());
    }

    /**
     * Arabic and Persian words that join the words of a name, written apart: و (and), في (in), and
     * Persian در (in), از (of), به (to), برای (for). Dropped as "and" and "for" are: a translation leaves them out.
     */
    private static final Set<String> ABJAD_CONNECTORS = Set.of("و", "في", "فى", "در", "از", "به", "برای");

    /**
     * Articles and prepositions of organisation names that {@link #PARTICLES} and the dropped words (of, the, de) do not
     * already cover: Spanish, French, Italian, German (los, las, les, l', des, aux, delle, dem), Arabic in Latin letters
     * (fi, lil) and Russian (pri, dlya, po), and the "after" of "named after" (имени, им.: the NAMED term of the lexicon).
     * English "with" (Research Institute Platan with Plant, НИИ «Платан» с заводом, whose "s" is a letter alone) and the
     * "for" of the EU list's languages (Dutch voor, German für, zur, zum: orgs22, Wiktionary).
     * Syllables that are also Chinese or Korean names (li, da, e) are left out. The Arabic article assimilated to a
     * "sun letter" as the French transcription of the Maghreb writes it (ed-Daawa, es-Salafiya, ez-Zitouna, er-Rahma,
     * ech-Chaab: Arabic al- before d, s, z, r, sh), which an English name of the same body leaves out, and the "and" of
     * Persian and Arabic written in Latin letters (va, wa: و), which {@link #CONNECTORS} would also drop from a person's
     * name (orgs25).
     */
    private static final Set<String> FUNCTION_WORDS = Set.of("los", "las", "les", "l", "des", "aux", "au", "delle", "degli", "dei", "dem",
            "fi", "lil", "pri", "dlya", "po", "in", "en", "after", "with", "voor", "fur", "zur", "zum", "ed", "es", "ez", "er", "ech", "va", "wa");

    /** An article or preposition of an organisation's name ({@link #FUNCTION_WORDS}): a particle there, weighing little. */
    static boolean isFunctionWord(NameToken token) {
        return !token.numeric() && FUNCTION_WORDS.contains(token.text());
    }

    /** {@code word}, as split from a name, is an Arabic or Persian connector ({@link #ABJAD_CONNECTORS}). */
    static boolean isAbjadConnector(String word) {
        return word.length() <= 4 && ABJAD_CONNECTORS.contains(word);
    }

    /** Letters a title needs to be kept as a word of a company's name (General, Captain; not Mr, Dr, aka). */
    static final int TITLE_WORD_LETTERS = 5;

    /**
     * {@code word}, after {@code previous}, says that what follows is what a body calls itself, not a name the list
     * recognises: English "so-called", "self-proclaimed"; Russian "так называемый", "самопровозглашённый"; Ukrainian
     * and Belarusian "так званий", "самопроголошений" (Wiktionary, each entry). The EU writes it before the names of the
     * unrecognised republics' bodies; the other language's name has it or not. Asked of every word: the
     * previous word decides first, cheaply.
     */
    static boolean qualifiesName(String previous, String word) {
        if (word.length() < 4) {
            return false;
        }
        return switch (previous) {
            case "so" -> word.equals("called");
            case "self" -> word.equals("proclaimed");
            case "tak" -> word.startsWith("nazyva") || word.startsWith("zvan");
            default -> word.length() > 12 && (word.startsWith("samoprovozglash") || word.startsWith("samoprogolosh")
                    || word.startsWith("samoproholosh") || word.startsWith("samaabveshch"));
        };
    }

    /** The qualifier {@link #qualifiesName} found is the second word of two (so called), not one word (самопровозглашённый). */
    static boolean qualifierPair(String word) {
        return !word.startsWith("sam");
    }

    /** A personal title that is also a word (General, Colonel, Captain): one of a company's name keeps it. */
    static boolean isTitleWord(NameToken token) {
        return !token.numeric() && token.text().length() >= TITLE_WORD_LETTERS && TITLE_FORMS.contains(token.text())
                && !COMPANY_FORMS.contains(token.text());
    }

    static boolean isLegalFormOrTitle(NameToken token) {
        if (token.sound() != null && token.sound().spellsLetters()) {
            // a Thai or Khmer word is a legal form only by its own letters: ពត (Pot, of Pol Pot) romanised "pat" is not
            // the Ukrainian ПАТ
            return !token.numeric() && LETTER_SCRIPT_LEGAL_FORMS.contains(token.text());
        }
        return !token.numeric() && (token.abjad() ? ABJAD_LEGAL_FORMS : LEGAL_FORMS).contains(token.text());
    }

    /** The romanised forms of the legal forms and titles written in Thai or Khmer letters. */
    private static final Set<String> LETTER_SCRIPT_LEGAL_FORMS = lettersScriptForms(LEGAL + TITLES + UNSPACED_LEGAL_FORMS);

    private static Set<String> lettersScriptForms(String words) {
        Set<String> out = new HashSet<>();
        for (String word : words.split("\\s+")) {
            if (!word.isBlank()) {
                Character.UnicodeScript script = Character.UnicodeScript.of(word.codePointAt(0));
                if (script == Character.UnicodeScript.THAI || script == Character.UnicodeScript.KHMER) {
                    out.addAll(Romanizer.romanize(Romanizer.fold(word)));
                }
            }
        }
        return Set.copyOf(out);
    }

    /**
     * A legal form of three letters or fewer in Latin letters: also a name (Ao, Pat, Nao, Sa), so that a short name of a
     * person holding one is read both with and without it ({@link NameParser#readings}). Not titles: Sayed, Haji, Dr
     * read as names made two men who share one family name and a title one man (AHMAD, Nazem Said; AHMAD, Sayed).
     */
    static boolean isAlsoName(NameToken token) {
        return !token.numeric() && !token.abjad() && !token.syllabic() && token.text().length() <= 3 && COMPANY_FORMS.contains(token.text());
    }

    /** A word that only a company's name has (Co., Company, LLC, ООО): not a title, not a filler such as "of". */
    static boolean isCompanyForm(NameToken token) {
        return !token.numeric() && (token.abjad() ? ABJAD_COMPANY_FORMS : COMPANY_FORMS).contains(token.text()) && !FILLERS.contains(token.text());
    }

    /** A legal form of a Chinese, Japanese, Korean or Thai company as written (有限公司, 주식회사, จำกัด). */
    static boolean isUnspacedLegalForm(String word) {
        return UNSPACED.contains(word);
    }

    /** A particle of Arabic, Hebrew, Dutch, German, Romance names: part of the name, but it identifies no one. */
    static boolean isParticle(NameToken token) {
        return !token.numeric() && (token.abjad() ? ABJAD_PARTICLE_FORMS : PARTICLE_FORMS).contains(token.text());
    }

    /**
     * Whether two kinds of legal form say two kinds of company (an AG is no GmbH). LIMITED, the English "Ltd" alone,
     * is said of a limited company and of a stock company alike, so it sets itself against neither.
     */
    static boolean differentKinds(String a, String b) {
        if (a.isEmpty() || b.isEmpty() || a.equals(b)) {
            return false;
        }
        return !(a.equals(LIMITED) && (b.equals("LLC") || b.equals("JSC")) || b.equals(LIMITED) && (a.equals("LLC") || a.equals("JSC")));
    }

    /** The kind of "Ltd" and "Limited" written alone: {@link #differentKinds}. */
    static final String LIMITED = "LIMITED";

    /** The kind of a legal-form word (LLC, JSC, LP, SOLE, STATE, LIMITED) or empty if it has none (or is a title). */
    static String legalFormKind(NameToken token) {
        return KINDS.getOrDefault(token.text(), "");
    }

    private static java.util.Map<String, String> kinds() {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        for (String[] kind : LEGAL_KINDS) {
            for (String form : forms(kind[1])) {
                out.put(form, kind[0]);
            }
        }
        return java.util.Map.copyOf(out);
    }

    static boolean isGeneric(NameToken token) {
        return !token.numeric() && GENERIC_FORMS.contains(token.text());
    }

    private static Set<String> forms(String words) {
        Set<String> out = new HashSet<>(forms(words, false));
        out.addAll(forms(words, true));
        return Set.copyOf(out);
    }

    /** The romanised forms of the words written in Arabic or Hebrew letters ({@code abjad}), or of all the others. */
    private static Set<String> forms(String words, boolean abjad) {
        Set<String> out = new HashSet<>();
        for (String word : words.split("\\s+")) {
            if (!word.isBlank() && Scripts.isAbjad(word) == abjad) {
                out.addAll(Romanizer.romanize(Romanizer.fold(word)));
            }
        }
        return Set.copyOf(out);
    }
}
