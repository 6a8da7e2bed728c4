package org.passage.units.internal;

import java.util.List;
import java.util.Map;

/**
 * The hand-written table of unit-type and branch words in Russian, Ukrainian and English, as stems (matched
 * at the start of a word, so that case endings — "бригады", "бригади", "бригадой" — need no list) and as
 * whole-word abbreviations ("ОМСБр", "мсп", "SMRB"), which may imply a type and a branch at once.
 */
final class UnitVocabulary {

    enum Type { ARMY, CORPS, DIVISION, BRIGADE, REGIMENT, BATTALION, DETACHMENT, FLEET, FLOTILLA, BASE, UNIT }

    enum Branch {
        MOTOR_RIFLE, TANK, AIRBORNE, AIR_ASSAULT, NAVAL_INFANTRY, SPETSNAZ, ARTILLERY, ROCKET, COMBINED_ARMS,
        AIR_DEFENSE, ENGINEER, SIGNALS, RECONNAISSANCE, NONE
    }

    record Abbreviation(Type type, Branch branch) {
    }

    /** Stems of type words; the first that a word starts with wins. */
    static final List<Map.Entry<String, Type>> TYPE_STEMS = List.of(
            Map.entry("бригад", Type.BRIGADE), Map.entry("brigad", Type.BRIGADE),
            Map.entry("полк", Type.REGIMENT), Map.entry("regiment", Type.REGIMENT),
            Map.entry("дивизи", Type.DIVISION), Map.entry("дивізі", Type.DIVISION), Map.entry("division", Type.DIVISION),
            Map.entry("арми", Type.ARMY), Map.entry("армі", Type.ARMY), Map.entry("армия", Type.ARMY), Map.entry("army", Type.ARMY),
            Map.entry("корпус", Type.CORPS), Map.entry("corps", Type.CORPS),
            Map.entry("батальон", Type.BATTALION), Map.entry("батальйон", Type.BATTALION), Map.entry("battalion", Type.BATTALION),
            Map.entry("отряд", Type.DETACHMENT), Map.entry("загін", Type.DETACHMENT), Map.entry("загон", Type.DETACHMENT),
            Map.entry("detachment", Type.DETACHMENT),
            Map.entry("флотили", Type.FLOTILLA), Map.entry("флотилі", Type.FLOTILLA), Map.entry("flotilla", Type.FLOTILLA),
            Map.entry("флот", Type.FLEET), Map.entry("fleet", Type.FLEET),
            Map.entry("баз", Type.BASE), Map.entry("base", Type.BASE));

    /** Stems of branch words. "десантно-штурмов" is split into two words, so both halves are listed. */
    static final List<Map.Entry<String, Branch>> BRANCH_STEMS = List.of(
            Map.entry("мотострелк", Branch.MOTOR_RIFLE), Map.entry("мотострелков", Branch.MOTOR_RIFLE),
            Map.entry("мотострілец", Branch.MOTOR_RIFLE), Map.entry("мотострілк", Branch.MOTOR_RIFLE),
            Map.entry("motorized", Branch.MOTOR_RIFLE), Map.entry("motorised", Branch.MOTOR_RIFLE), Map.entry("motor", Branch.MOTOR_RIFLE),
            Map.entry("mechani", Branch.MOTOR_RIFLE),
            Map.entry("танков", Branch.TANK), Map.entry("tank", Branch.TANK),
            Map.entry("парашютн", Branch.AIRBORNE), Map.entry("парашутн", Branch.AIRBORNE), Map.entry("воздушно", Branch.AIRBORNE),
            Map.entry("повітрян", Branch.AIRBORNE), Map.entry("airborne", Branch.AIRBORNE), Map.entry("parachute", Branch.AIRBORNE),
            Map.entry("штурмов", Branch.AIR_ASSAULT), Map.entry("assault", Branch.AIR_ASSAULT),
            Map.entry("морск", Branch.NAVAL_INFANTRY), Map.entry("морськ", Branch.NAVAL_INFANTRY), Map.entry("naval", Branch.NAVAL_INFANTRY),
            Map.entry("marine", Branch.NAVAL_INFANTRY),
            Map.entry("специальн", Branch.SPETSNAZ), Map.entry("спеціальн", Branch.SPETSNAZ), Map.entry("spetsnaz", Branch.SPETSNAZ),
            Map.entry("special", Branch.SPETSNAZ), Map.entry("спецназ", Branch.SPETSNAZ),
            Map.entry("артиллер", Branch.ARTILLERY), Map.entry("артилер", Branch.ARTILLERY), Map.entry("artillery", Branch.ARTILLERY),
            Map.entry("ракетн", Branch.ROCKET), Map.entry("missile", Branch.ROCKET), Map.entry("rocket", Branch.ROCKET),
            Map.entry("общевойсков", Branch.COMBINED_ARMS), Map.entry("загальновійськов", Branch.COMBINED_ARMS),
            Map.entry("combined", Branch.COMBINED_ARMS),
            Map.entry("зенитн", Branch.AIR_DEFENSE), Map.entry("зенітн", Branch.AIR_DEFENSE), Map.entry("defense", Branch.AIR_DEFENSE),
            Map.entry("defence", Branch.AIR_DEFENSE),
            Map.entry("инженерн", Branch.ENGINEER), Map.entry("інженерн", Branch.ENGINEER), Map.entry("engineer", Branch.ENGINEER),
            Map.entry("связи", Branch.SIGNALS), Map.entry("зв'язку", Branch.SIGNALS), Map.entry("signal", Branch.SIGNALS),
            Map.entry("разведыв", Branch.RECONNAISSANCE), Map.entry("розвідув", Branch.RECONNAISSANCE), Map.entry("reconnaissance", Branch.RECONNAISSANCE));

    /** Whole-word abbreviations, lower case, Cyrillic and Latin ("о" = separate and "гв" = guards are dropped first). */
    static final Map<String, Abbreviation> ABBREVIATIONS = Map.ofEntries(
            Map.entry("мсбр", new Abbreviation(Type.BRIGADE, Branch.MOTOR_RIFLE)),
            Map.entry("мсб", new Abbreviation(Type.BATTALION, Branch.MOTOR_RIFLE)),
            Map.entry("мсп", new Abbreviation(Type.REGIMENT, Branch.MOTOR_RIFLE)),
            Map.entry("мсд", new Abbreviation(Type.DIVISION, Branch.MOTOR_RIFLE)),
            Map.entry("тбр", new Abbreviation(Type.BRIGADE, Branch.TANK)),
            Map.entry("тп", new Abbreviation(Type.REGIMENT, Branch.TANK)),
            Map.entry("тд", new Abbreviation(Type.DIVISION, Branch.TANK)),
            Map.entry("та", new Abbreviation(Type.ARMY, Branch.TANK)),
            Map.entry("пдп", new Abbreviation(Type.REGIMENT, Branch.AIRBORNE)),
            Map.entry("пдд", new Abbreviation(Type.DIVISION, Branch.AIRBORNE)),
            Map.entry("вдд", new Abbreviation(Type.DIVISION, Branch.AIRBORNE)),
            Map.entry("дшп", new Abbreviation(Type.REGIMENT, Branch.AIR_ASSAULT)),
            Map.entry("дшд", new Abbreviation(Type.DIVISION, Branch.AIR_ASSAULT)),
            Map.entry("дшбр", new Abbreviation(Type.BRIGADE, Branch.AIR_ASSAULT)),
            Map.entry("бр", new Abbreviation(Type.BRIGADE, Branch.NONE)),
            Map.entry("оа", new Abbreviation(Type.ARMY, Branch.COMBINED_ARMS)),
            Map.entry("ак", new Abbreviation(Type.CORPS, Branch.NONE)),
            Map.entry("брспн", new Abbreviation(Type.BRIGADE, Branch.SPETSNAZ)),
            Map.entry("обрспн", new Abbreviation(Type.BRIGADE, Branch.SPETSNAZ)),
            Map.entry("обрмп", new Abbreviation(Type.BRIGADE, Branch.NAVAL_INFANTRY)),
            Map.entry("брмп", new Abbreviation(Type.BRIGADE, Branch.NAVAL_INFANTRY)),
            Map.entry("smrb", new Abbreviation(Type.BRIGADE, Branch.MOTOR_RIFLE)),
            Map.entry("mrb", new Abbreviation(Type.BRIGADE, Branch.MOTOR_RIFLE)),
            Map.entry("omsbr", new Abbreviation(Type.BRIGADE, Branch.MOTOR_RIFLE)),
            Map.entry("msbr", new Abbreviation(Type.BRIGADE, Branch.MOTOR_RIFLE)),
            Map.entry("mrr", new Abbreviation(Type.REGIMENT, Branch.MOTOR_RIFLE)),
            Map.entry("msp", new Abbreviation(Type.REGIMENT, Branch.MOTOR_RIFLE)),
            Map.entry("mrd", new Abbreviation(Type.DIVISION, Branch.MOTOR_RIFLE)),
            Map.entry("msd", new Abbreviation(Type.DIVISION, Branch.MOTOR_RIFLE)),
            Map.entry("td", new Abbreviation(Type.DIVISION, Branch.TANK)),
            Map.entry("gta", new Abbreviation(Type.ARMY, Branch.TANK)),
            Map.entry("caa", new Abbreviation(Type.ARMY, Branch.COMBINED_ARMS)),
            Map.entry("gaar", new Abbreviation(Type.REGIMENT, Branch.AIR_ASSAULT)),
            Map.entry("aar", new Abbreviation(Type.REGIMENT, Branch.AIR_ASSAULT)),
            Map.entry("dshp", new Abbreviation(Type.REGIMENT, Branch.AIR_ASSAULT)),
            Map.entry("pdp", new Abbreviation(Type.REGIMENT, Branch.AIRBORNE)),
            Map.entry("vdd", new Abbreviation(Type.DIVISION, Branch.AIRBORNE)),
            Map.entry("bde", new Abbreviation(Type.BRIGADE, Branch.NONE)),
            Map.entry("rgt", new Abbreviation(Type.REGIMENT, Branch.NONE)),
            Map.entry("regt", new Abbreviation(Type.REGIMENT, Branch.NONE)),
            Map.entry("div", new Abbreviation(Type.DIVISION, Branch.NONE)),
            Map.entry("bn", new Abbreviation(Type.BATTALION, Branch.NONE)));

    /** Words that mark the parent formation: what follows is not this unit ("… зі складу 106-ї ПДД"). */
    static final List<String> PARENT_MARKERS = List.of("зі", "из", "із", "from", "rom", "of", "в", "у", "составе", "складу");

    /** Region qualifiers of the Donetsk and Luhansk formations, so their "1st brigade" is not Russia's. */
    static final Map<String, String> REGIONS = Map.of("днр", "DPR", "dpr", "DPR", "донецьк", "DPR", "донецк", "DPR",
            "лнр", "LPR", "lpr", "LPR", "луганськ", "LPR", "луганск", "LPR");

    private UnitVocabulary() {
    }
}
