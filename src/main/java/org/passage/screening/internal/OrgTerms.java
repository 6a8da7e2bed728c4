package org.passage.screening.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * The descriptive words of organisation names in the languages sanctions lists write them in, each mapped to one
 * term: завод, fabrika, usine, کارخانه and plant are all PLANT; научно-исследовательский is RESEARCH; شرکت and société
 * are COMPANY. A list writes a Russian or Iranian company under its own name and under a translation, and the
 * translation keeps the proper name (Ametist, Qods) but not the descriptive words: matched as terms, "Конструкторское
 * бюро Аметист" and "Design Bureau Ametist" agree on every part. The idea is rigour's organisation symbols
 * ({@code rigour.names.symbols}); the word lists are Passage's own. A word given with a trailing {@code -} is a
 * stem: a Russian or Ukrainian case or gender ending may follow it (исследовательск- covers -ий, -ая, -ое, -ого).
 * Terms are descriptive, never distinctive: a name whose matched parts are all terms is not a match
 * ({@link NameComparison}). Looked up once per word when the word is first parsed.
 */
final class OrgTerms {

    private static final String TERMS = """
            PLANT: plant factory works mill завод- фабрик- комбинат- zavod fabrika fabrik kombinat usine fabrica werk karkhaneh کارخانه مصنع masna
            INSTITUTE: institute institut- інститут- instituto institution معهد
            RESEARCH: research исследовательск- дослідн- исследовани- research-and pazhuheshgah پژوهشگاه پژوهشی
            SCIENTIFIC: scientific science научн- науков- nauchno nauchnyy elmi علمی
            PRODUCTION: production productive производствен- виробнич- proizvodstvennoye
            ENTERPRISE: enterprise enterprises предприяти- підприємств- empresa entreprise
            ASSOCIATION: association объединени- об'єднанн- объединение association asociacion
            DESIGN: design конструкторск- проектн- конструкторськ- proyektno konstruktorskoye
            BUREAU: bureau бюро byuro buro office
            CENTER: center centre центр- centro markaz مرکز مركز
            GROUP: group groupe grupo grupa группа групп- група gruppa gorooh gorouh goruh گروه مجموعة
            HOLDING: holding holdings холдинг- kholding
            BANK: bank банк- banco banque بانک بنك bonk bankasi
            TRADE: trade trading торгов- торгівл- torgovlya torgovyy commerce commercial comercio comercial commerciale коммерческ- tejarat تجارت ticaret tijarat تجارية تجاري handels
            INDUSTRY: industry industries industrial промышлен- промислов- sanaye صنایع صناعات sanayi industria industrie industriales
            TECHNOLOGY: technology technologies technological технолог- tekhnologii tecnologia technologie technologique فناوری
            SYSTEMS: system systems систем- sistema systeme سیستم
            MECHANICAL: mechanical механическ- механічн- mekhanicheskiy mecanica
            REPAIR: repair repairs ремонт- remont remontnyy
            AVIATION: aviation aeronautics aeronautical air авиацион- авіаційн- aviatsionnyy havapeymaei هوایی هواپیمایی
            AIRCRAFT: aircraft airplane aeroplane самолет- літак- havapeyma هواپیما
            SHIPBUILDING: shipbuilding судостроени- судостроительн- суднобудівн- sudostroitelny sudostroitelnyy
            SHIPYARD: shipyard верф- verf
            SHIPPING: shipping shipping-line судоходн- keshtirani کشتیرانی
            OIL: oil petroleum нефт- нафт- neft naft نفت
            GAS: gas газ gaza gaz
            NATIONAL: national nationale nacional национальн- національн- natsionalnyy melli ملی ملی وطنية
            STATE: state государствен- державн- gosudarstvennoye estatal
            ELECTRONICS: electronic electronics электрон- електрон- elektronik electronica
            COMMUNICATIONS: communications communication связ- зв'язк- telecommunications
            ENERGY: energy энерг- енерг- energia energie energi
            ATOMIC: atomic атомн- atomnyy
            NUCLEAR: nuclear ядерн- hastei هسته‌ای
            CHEMICAL: chemical chemicals химическ- хімічн- shimiaei شیمیایی
            CONSTRUCTION: construction building строительн- будівельн- insaat construccion sakhteman ساختمان
            ENGINEERING: engineering инженерн- инжиниринг- mohandesi مهندسی ingenieria
            INSTRUMENT: instrument instruments device devices прибор- приладобудівн- pribor priborostroitelnyy
            TRANSPORT: transport transportation транспорт- nakliye
            INSURANCE: insurance страхов- bimeh بیمه seguros assurance
            INVESTMENT: investment investments invest инвестиц- інвестиц- sarmayeh inversiones
            EXCHANGE: exchange sarrafi صرافی
            FOUNDATION: foundation fund фонд- bonyad بنیاد fondation fundacion stiftung
            COOPERATIVE: cooperative кооператив- taavon تعاون
            INTERNATIONAL: international международн- міжнародн- beynolmelali بین‌المللی internacional internationale
            SERVICES: service services услуг- сервис- послуг- khadamat خدمات servicios
            SECURITY: security безопасност- безпек- امنیت امنية seguridad
            PROTECTION: protection защит- захист- حماية
            FORCE: force forces силы сил niru نیروی نیرو fuerzas
            FRONT: front фронт- jabhat جبهة جبهه frente
            MOVEMENT: movement движени- рух harakat حركة حرکت mouvement movimiento
            NETWORK: network сеть shabakeh شبکه شبكة
            DIVISION: division дивизи- firqat فرقة
            BRIGADE: brigade бригад- liwa لواء
            BATTALION: battalion батальон- батальйон- gordan گردان
            MINISTRY: ministry министерств- міністерств- vezarat وزارت وزارة ministerio ministere
            DEPARTMENT: department департамент- departamento
            DIRECTORATE: directorate administration управлени- управлінн-
            COUNCIL: council совет- shura شورا مجلس consejo conseil
            COMMITTEE: committee комитет- комітет- komiteh کمیته لجنة comite
            AGENCY: agency агентств- агенці- agence agencia
            ORGANIZATION: organization organisation организаци- організаці- sazman سازمان منظمة organizacion
            HEADQUARTERS: headquarters штаб- setad ستاد
            PRISON: prison тюрьм- в'язниц- zendan زندان prision
            POLICE: police полици- поліці- polis پلیس شرطة policia
            UNIVERSITY: university университет- університет- daneshgah دانشگاه جامعة universidad universite
            ACADEMY: academy академи- академі- academia academie
            MILITARY: military военн- військов- nezami نظامی militar
            REPUBLIC: republic республик- республік- jomhuri جمهوری جمهورية republica republique
            ISLAMIC: islamic eslami اسلامی إسلامية اسلامية islamiyya islamiya islamique
            REVOLUTION: revolution revolutionary революци- enghelab انقلاب
            PEOPLE: people popular peoples народн- mardomi مردمی
            UNITED: united единая единый единое объединенн- об'єднан- unidos unis
            RUSSIAN: russian российск- русск- rossiyskaya rossiyskiy
            FEDERATION: federation федераци- федераці- federatsii federatsiya
            IMPORT: import импорт- imports ithalat importadora importacion
            EXPORT: export экспорт- exports ihracat exportadora exportacion
            FOREIGN: foreign внешн- зовнішн- dis exterior etranger khareji خارجی
            DEVELOPMENT: development развити- розвитк- towse توسعه desarrollo
            MANAGEMENT: management управляющ- modiriyat مدیریت gestion
            SOFTWARE: software программн- програмн- narmafzar نرم‌افزار
            CENTRAL: central центральн- markazi مرکزی
            SPECIAL: special специальн- спеціальн- vizheh ویژه especial
            OPTICAL: optical optic optics оптическ- оптико optiko opticheskiy
            LASER: laser lasers лазерн- lazernyye
            ENGINE: engine engines motor motors двигател- моторостроительн- motorostroitelnyy
            HELICOPTER: helicopter helicopters вертолет- вертольот- helikopter
            ROCKET: rocket rockets missile missiles ракетн- ракет-
            SPACE: space aerospace космическ- космічн- kosmicheskiy
            DEFENCE: defence defense оборонн- оборон- oboronnyy
            MARINE: marine maritime морск- дарьяи daryayi دریایی maritima
            """;

    private static final Map<String, String> WORDS = new HashMap<>();
    private static final Map<String, String> STEMS = new HashMap<>();
    static final int MIN_STEM = 3;
    /** The endings a stem takes: Russian and Ukrainian case and gender endings as romanised (BGN/PCGN and others). */
    private static final java.util.Set<String> ENDINGS = java.util.Set.of("", "a", "y", "e", "i", "o", "u", "ya", "yu", "ye", "yy",
            "iy", "oy", "yi", "yj", "ij", "ii", "iya", "iyu", "iye", "aya", "aja", "oye", "oe", "oje", "ogo", "ego", "oho", "omu", "emu",
            "ykh", "ikh", "ym", "im", "om", "em", "yye", "ami", "akh", "ov", "ey", "uyu", "nyy", "nyi", "naya", "noye", "nogo", "nykh",
            "nyye", "nye", "nij", "nyj", "ich", "s");

    static {
        for (String line : TERMS.strip().split("\n")) {
            int colon = line.indexOf(':');
            String term = line.substring(0, colon).strip();
            for (String word : line.substring(colon + 1).strip().split("\\s+")) {
                boolean stem = word.endsWith("-");
                String w = stem ? word.substring(0, word.length() - 1) : word;
                for (String form : Romanizer.romanize(Romanizer.fold(w))) {
                    if (!form.isEmpty()) {
                        (stem ? STEMS : WORDS).putIfAbsent(form, term);
                    }
                }
            }
        }
    }

    private OrgTerms() {
    }

    /** The term a word of a name stands for (PLANT, BANK …), or "" when it is none; {@code text} is the word's primary spelling. */
    static String term(String text) {
        String term = WORDS.get(text);
        if (term != null) {
            return term;
        }
        for (int k = text.length(); k >= Math.max(MIN_STEM, text.length() - 4); k--) {
            term = STEMS.get(text.substring(0, k));
            if (term != null && ENDINGS.contains(text.substring(k))) {
                return term;
            }
        }
        return "";
    }
}
