package org.passage.demo;

import java.io.InputStream;
import java.io.PrintStream;
import org.passage.units.UnitSources;
import org.springframework.stereotype.Component;

/**
 * Gives the demo a small unit knowledge base without ../shared: a few units, incidents and links written for
 * Passage from public reporting (HRW, OHCHR, Amnesty, the EU Official Journal, OFAC), added as a curated file.
 */
@Component
class DemoUnits implements DemoSeeder {

    static final String RESOURCE = "units/demo/units-demo.json";

    private final UnitSources units;

    DemoUnits(UnitSources units) {
        this.units = units;
    }

    @Override
    public DemoData step() {
        return DemoData.UNITS;
    }

    @Override
    public void seed(PrintStream console) {
        InputStream in = DemoUnits.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is missing from the jar");
        }
        units.addCurated(in);
    }
}
