package org.passage.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seeders run in the order {@link DemoData} declares, whatever order they come in; two for one step are refused. */
class DemoSeederTests {

    private record Step(DemoData step) implements DemoSeeder {
        @Override
        public void seed(PrintStream console) {
            console.print(step + " ");
        }
    }

    @Test
    void seedsInTheDeclaredOrder() {
        var out = new ByteArrayOutputStream();
        DemoSeeder.seedAll(List.of(new Step(DemoData.VETTING), new Step(DemoData.ACCOUNTS), new Step(DemoData.CASES)),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("ACCOUNTS CASES VETTING ");
    }

    @Test
    void refusesTwoSeedersForOneStep() {
        var console = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> DemoSeeder.seedAll(List.of(new Step(DemoData.UNITS), new Step(DemoData.UNITS)), console))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("UNITS");
    }
}
