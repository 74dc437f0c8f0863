package uk.safeguarding.casereview.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StrongPasswordTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      admin            | needs at least 10 characters
      alllowercase1!x  | needs at least 1 capital letter(s)
      NoDigitsHere!!   | needs at least 1 digit(s)
      NoSymbols12345   | needs at least 1 symbol(s)
      Password123!!    | guessable word such as 'password'
      Xk9!opsadmin2    | guessable word such as 'admin'
      Ada-Lovelace-42  | must not contain the user id or name
      """)
  void weak_passwords_are_refused_with_the_reason(String password, String reason) {
    assertThat(StrongPassword.weaknessOf(password, "lovelace", "Ada", "Lovelace")).get().asString().contains(reason);
  }

  @Test
  void a_long_mixed_password_is_strong() {
    assertThat(StrongPassword.weaknessOf("Tq7!vR2#mXp9$Lw", "lovelace", "Ada", "Lovelace")).isEmpty();
  }
}
