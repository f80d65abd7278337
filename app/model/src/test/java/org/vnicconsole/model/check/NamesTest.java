package org.vnicconsole.model.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.vnicconsole.model.error.Refusal;

class NamesTest {

    private static Refusal refusal(Runnable check) {
        return catchThrowableOfType(Refusal.class, check::run);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ab", "web-1", "web.prod.1", "A9"})
    void plainNamesOfTwoTo63AllowedCharactersPass(String name) {
        assertThat(Names.plain("name", name)).isEqualTo(name);
    }

    @Test
    void aPlainNameOf63Passes() {
        assertThat(Names.plain("name", "x".repeat(63))).hasSize(63);
    }

    @Test
    void aPlainNameOf64IsRefusedAsTooLong() {
        Refusal refusal = refusal(() -> Names.plain("instanceName", "x".repeat(64)));

        assertThat(refusal.code()).isEqualTo("INVALID_PARAMETER_EXCEED_LENGTH");
        assertThat(refusal.status()).isEqualTo(400);
        assertThat(refusal.rule()).isEmpty();
        assertThat(refusal.field()).contains("instanceName");
        assertThat(refusal.getMessage()).contains("2 to 63");
    }

    @Test
    void aOneCharacterNameIsRefusedAsTooShort() {
        Refusal refusal = refusal(() -> Names.plain("name", "a"));

        assertThat(refusal.code()).isEqualTo("INVALID_PARAMETER_LESS_LENGTH");
        assertThat(refusal.getMessage()).contains("'a'");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"-web", "web-", ".web", "web 1", "web_1", "wéb", "web/1"})
    void aPlainNameWithBadCharactersOrEndsIsRefused(String name) {
        Refusal refusal = refusal(() -> Names.plain("name", name));

        assertThat(refusal.code()).isEqualTo("INVALID_PARAMETER_PATTERN_ERROR");
        assertThat(refusal.getMessage()).contains("'" + name + "'")
                .contains("starting and ending with a letter or digit");
    }

    @Test
    void aMissingNameIsRefused() {
        Refusal refusal = refusal(() -> Names.plain("name", null));

        assertThat(refusal.code()).isEqualTo("INVALID_PARAMETER_PATTERN_ERROR");
        assertThat(refusal.field()).contains("name");
    }

    @Test
    void vnicAndEipNamesMayHoldAnUnderscoreInside() {
        assertThat(Names.withUnderscore("name", "mgmt_leg-1")).isEqualTo("mgmt_leg-1");
        assertThat(refusal(() -> Names.withUnderscore("name", "_leg")).code())
                .isEqualTo("INVALID_PARAMETER_PATTERN_ERROR");
    }

    @ParameterizedTest(name = "{0} characters: {1}")
    @CsvSource({"1, true", "64, true", "65, false"})
    void securityGroupNamesAreOneTo64Characters(int length, boolean passes) {
        String name = "g".repeat(length);

        Refusal refusal = refusal(() -> Names.securityGroup("securityGroupName", name));

        if (passes) {
            assertThat(refusal).isNull();
        } else {
            assertThat(refusal.code()).isEqualTo("INVALID_PARAMETER_EXCEED_LENGTH");
            assertThat(refusal.getMessage()).contains("1 to 64");
        }
    }

    @Test
    void anOverlongNameIsShortenedInTheMessage() {
        Refusal refusal = refusal(() -> Names.plain("name", "y".repeat(500)));

        assertThat(refusal.getMessage()).contains("y".repeat(67) + "...")
                .doesNotContain("y".repeat(68));
    }
}
