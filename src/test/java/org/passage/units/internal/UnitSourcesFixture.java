package org.passage.units.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A tiny data folder in the real formats of ../shared/data: the 64th brigade near Bucha on 2022-03-31
 * (uawardata) and near Izium in May (DeepState), a Bucha incident two days later (Bellingcat) and one in
 * Kharkiv (CIR), plus one malformed row per file that the import must list as skipped.
 */
final class UnitSourcesFixture {

    final Map<String, String> files = new LinkedHashMap<>();

    UnitSourcesFixture() {
        files.put(UnitsImport.UAWARDATA + "units_wiki.csv", """
                strength,unit,unitnumber,subordinate_to,wikidata,wikipedia
                Brigade,64th Separate Motorized Rifle Brigade,64,35th Combined Arms Army,,
                Army,35th Combined Arms Army,35,Eastern Military District,,
                """);
        files.put(UnitsImport.UAWARDATA + "units_all.csv", """
                date,lat,lng,icon,type,strength,strength_in_btg_text,strength_in_btg_number,unit,unitnumber,subordinate_to,sources_url,sources_date,notes,country,stacked,icon15
                2022-03-31,50.5428,30.1843,SSGPUCIZ---H,"Motorized Rifle (T-72B3, BMP-2)",Brigade,2,2.0,64th Separate Motorized Rifle Brigade,64?,35th Combined Arms Army,,,,ru,False,SSGPUCIZ---H---
                ,50.5,30.1,SSGPUCIZ---H,Motorized Rifle,Brigade,2,2.0,64th Separate Motorized Rifle Brigade,64?,35th Combined Arms Army,,,,ru,False,x
                2022-03-31,50.45,30.52,SSGPUCIZ---H,Mechanized,Brigade,1,1.0,72nd Mechanized Brigade,72,,,,,ua,False,x
                """);
        files.put(UnitsImport.UAWARDATA + "btgs_all.csv", """
                date,lat,lng,unit,type_of_btg,country
                2022-03-27,50.492187,30.166542,104th Guards Air Assault Regiment,vdv,ru
                2022-03-28,,30.1,104th Guards Air Assault Regiment,vdv,ru
                """);
        files.put(UnitsImport.DEEPSTATE, """
                snapshot_utc,kind,name_uk,name_en,deepstate_key,military_unit_number,lon,lat,style_url,name_raw
                2022-05-01T19:08Z,unit,64-та окрема мотострілецька бригада,64th Separate Motorized Rifle Brigade,,,37.2507,49.1775,#icon-ci-2,x
                2022-05-01T19:08Z,unit,7-а гвардійська десантно-штурмова дивіз\uFFFD\uFFFDя,7th Guards Assault Airborne Division,,,32.68,46.72,#icon-ci-2,x
                2022-05-01T19:08Z,unit,137-й парашутно-десантний полк (в/ч 41450) зі складу 106-ї ПДД,,,41450,37.1,49.2,#icon-ci-2,x
                2022-05-01T19:08Z,airfield,Аеродром Бельбек,,,,33.57,44.69,#icon-ci-5,x
                2022-05-08T19:08Z,unit,64-та окрема мотострілецька бригада,,,,abc,49.1,#icon-ci-2,x
                """);
        files.put(UnitsImport.RUMILOC + "rumiloc_ground_forces.csv", """
                table,country,location,oblast,service,main_user,state,image,topo,street,rail,kml,poi,lat,lon
                barracks_motorized_rifle_forces,RUS,Knyaze-Volkonskoye,Khabarovsk,G,64th Motor Rifle Brigade,7/2022,,,,,,,48.476,135.463
                other_barracks,RUS,Budyonnovsk,Stavropol,G,205th Motor Rifle Brigade,7/2022,,,,,,,,
                """);
        files.put(UnitsImport.RUMILOC + "rumiloc_airfields.csv", """
                table,country,air_base,service,location,oblast,main_user,has,revetm,aircraft,state,link,image,street,rail,kml,lat,lon
                military_air_bases,RUS,Akhtubinsk Air Base,A,Akhtubinsk,Astrachan,929th State Flight Test Centre,0,0,156,7/2022,TBD,,,,,48.30899,46.20408
                """);
        files.put(UnitsImport.BELLINGCAT + "export_sources.json", """
                {"src_exists_CIV0628_1": {"paths": ["https://example.org/bucha-1"], "id": "src_exists_CIV0628_1", "title": "CIV0628", "description": ""},
                 "srcHidden": {"paths": ["HIDDEN"], "id": "srcHidden", "title": "-", "description": "Source hidden"}}
                """);
        files.put(UnitsImport.BELLINGCAT + "export_events.json", """
                [
                {"associations": [], "sources": ["src_exists_CIV0628_1", "srcHidden"], "id": "CIV0628", "description": "Bodies of civilians in a street in Bucha. More text.",
                 "date": "4/2/2022", "time": "00:00", "location": "Bucha", "latitude": "50.5436", "longitude": "30.2120", "graphic": "TRUE"},
                {"associations": [], "sources": [], "id": "CIV9999", "description": "No date", "date": "", "time": "00:00", "location": "X",
                 "latitude": "50.1", "longitude": "30.1", "graphic": "FALSE"}
                ]
                """);
        files.put(UnitsImport.CIR, """
                entry,date,event_group,title,brief description,lat,lon,country,province,district,town/city,arms/munition,violence level,link,geolocation
                UW1228,2022-03-29,Civilian Infrastructure Damage March 2022,03/29/2022 Large fire in Bucha,"Large fire in Bucha, \"\"quoted\"\"\",50.544566,30.190898,Ukraine,Kyiv Oblast,,Bucha,,1,https://example.org/fire,
                UW0067,2022-03-30,Russian Military Presence March 2022,Column near Bucha,Column,50.54,30.19,Ukraine,Kyiv Oblast,,Bucha,,1,https://example.org/column,
                UW0331,,Civilian Casualty,No date,No date,47.94,37.50,Ukraine,,,,,,,
                """);
    }

    UnitSourcesFixture with(String file, String content) {
        files.put(file, content);
        return this;
    }

    Path writeTo(Path folder) {
        try {
            for (var file : files.entrySet()) {
                Path target = folder.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue());
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
