package org.passage.screening.internal;

import java.util.HashSet;
import java.util.Set;

/**
 * Words that are not names: legal forms and their spelled-out versions in Russian, Ukrainian, Belarusian and
 * English (ООО, OOO, LLC, АО, JSC, общество с ограниченной ответственностью …), personal titles, and generic
 * words of organization names (bank, plant, trading) that count for little. Held as phonetic forms, so every
 * romanisation of "Общество" (obshchestvo, obchtchestvo, obŝestvo) is recognised. Compared by spelling, not by
 * phonetic form: short forms collide ("of" and "Ioffe" share one).
 */
final class Vocabulary {

    private static final String LEGAL_AND_TITLES = """
            ооо оао зао пао ао нао тов пат прат ат пп чп ип гуп фгуп муп нко ано фгбу фгуп оо
            общество обществo товариство таварыства ограниченной ответственностью обмеженою відповідальністю адказнасцю абмежаванай
            акционерное открытое закрытое публичное непубличное акціонерне відкрите закрите публічне приватне акцыянернае

            государственное федеральное бюджетное автономное казенное унитарное учреждение
            sirketi anonim limitada sociedad responsabilidad anonima societatea cu raspundere limitata kg ve cia
            llc ltd limited liability company co corp corporation inc incorporated jsc ojsc cjsc pjsc pjs oao zao ooo
            joint stock public private open closed the of gmbh ag sa sas sasu sarl srl spa plc llp lp bv nv doo ood ad
            fzco fze fzc fzllc dmcc cv de pte pt tbk bhd sdn kft zrt aps
            mr mrs ms miss dr drs prof sir shri hon aka
            """;

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
            national russian federation and named after republic republican unitary
            ithalat ihracat dis ic ticaret sanayi insaat gida nakliye pazarlama
            """;

    private static final Set<String> LEGAL_FORMS = forms(LEGAL_AND_TITLES);
    private static final Set<String> GENERIC_FORMS = forms(GENERIC);

    private Vocabulary() {
    }

    static boolean isLegalFormOrTitle(NameToken token) {
        return !token.numeric() && LEGAL_FORMS.contains(token.text());
    }

    static boolean isGeneric(NameToken token) {
        return !token.numeric() && GENERIC_FORMS.contains(token.text());
    }

    private static Set<String> forms(String words) {
        Set<String> out = new HashSet<>();
        for (String word : words.split("\\s+")) {
            if (!word.isBlank()) {
                out.addAll(Romanizer.romanize(Romanizer.fold(word)));
            }
        }
        return Set.copyOf(out);
    }
}
