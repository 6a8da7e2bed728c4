/**
 * The operators' measuring tools, kept out of the features: benchmarks, the evaluation of screening on labelled
 * pairs with its baselines (Jaro-Winkler, Lucene fuzzy), synthetic names, and a fake Telegram Bot API for the
 * simulation and the tests. Compiled from src/bench into the application so that {@code passage bench},
 * {@code passage eval} and {@code passage telegram simulate} work from the jar. It uses the features' public APIs
 * and the two engines opened for measuring ({@code screening.engine}, {@code dossier.sample}); the commands
 * in {@code cli} use its packages, hence an open module.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN,
        allowedDependencies = {"cases", "organizations", "screening", "screening :: engine", "security", "units", "vetting", "watchlists"})
@NullMarked
package org.passage.bench;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
