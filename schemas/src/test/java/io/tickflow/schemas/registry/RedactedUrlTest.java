package io.tickflow.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RedactedUrlTest {

    @Test
    void splitsUserInfoFromTheBaseUrl() {
        RedactedUrl url = RedactedUrl.parse("https://alice:s3cret@registry.example:8081/api/");
        assertThat(url.base()).hasToString("https://registry.example:8081/api");
        assertThat(url.userInfo()).isEqualTo("alice:s3cret");
        assertThat(url.toString()).doesNotContain("s3cret");
    }

    @Test
    void keepsAUrlWithoutUserInfo() {
        RedactedUrl url = RedactedUrl.parse("http://127.0.0.1:8081");
        assertThat(url.base()).hasToString("http://127.0.0.1:8081");
        assertThat(url.userInfo()).isNull();
    }

    @Test
    void redactsCredentialsInFreeText() {
        assertThat(RedactedUrl.redact("cannot reach http://bob:pw@host:1/x now"))
                .isEqualTo("cannot reach http://***@host:1/x now");
    }

    @Test
    void rejectsAMalformedUrlWithoutEchoingItsPassword() {
        assertThatThrownBy(() -> RedactedUrl.parse("http://bob:pw@"))
                .isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("pw"));
    }
}
