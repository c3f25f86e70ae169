package io.tickflow.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompilerThreadsCpuTest {

    @Test
    void addsUserAndSystemTicksOfCompilerThread() {
        // utime 1234 and stime 56 are the 14th and 15th fields of the line: 1234 + 56 = 1290
        String stat = "4242 (C2 CompilerThre) S 1 1 1 0 -1 1077936192 0 0 0 0 1234 56 0 0 20 0 40 0 100 0 0";

        assertThat(CompilerThreadsCpu.compilerTicks(stat)).isEqualTo(1290);
    }

    @Test
    void countsC1CompilerThreadsToo() {
        String stat = "4243 (C1 CompilerThre) S 1 1 1 0 -1 1077936192 0 0 0 0 7 3 0 0 20 0 40 0 100 0 0";

        assertThat(CompilerThreadsCpu.compilerTicks(stat)).isEqualTo(10);
    }

    @Test
    void ignoresOtherThreadsEvenWithParenthesesInTheirName() {
        String stat = "4244 (task (C2 Compiler) S 1 1 1 0 -1 1077936192 0 0 0 0 999 999 0 0 20 0 40 0 100 0 0";

        assertThat(CompilerThreadsCpu.compilerTicks(stat)).isZero();
    }
}
