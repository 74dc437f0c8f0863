package uk.safeguarding.casereview.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.query.Query;
import org.junit.jupiter.api.Test;

/** Long histories read in pages no larger than the engine allows one query to return. */
class HistoryPagesTest {

  /** A query over the numbers 0..size-1 that records the page sizes asked for. */
  @SuppressWarnings("unchecked")
  private static Query<?, Integer> numbers(int size, List<Integer> pagesAskedFor) {
    return (Query<?, Integer>) Proxy.newProxyInstance(Query.class.getClassLoader(), new Class<?>[] {Query.class},
        (proxy, method, args) -> {
          if (!method.getName().equals("listPage")) {
            throw new UnsupportedOperationException(method.getName());
          }
          int first = (Integer) args[0];
          int max = (Integer) args[1];
          pagesAskedFor.add(max);
          return IntStream.range(first, Math.min(size, first + max)).boxed().toList();
        });
  }

  @Test
  void every_result_is_read_once_in_order_across_pages() {
    List<Integer> pages = new ArrayList<>();
    List<Integer> all = HistoryPages.all(numbers(2500, pages), 20_000);
    assertThat(all).hasSize(2500).isSorted().doesNotHaveDuplicates();
    assertThat(pages).containsExactly(1000, 1000, 1000).allMatch(page -> page <= HistoryPages.PAGE);
  }

  @Test
  void the_maximum_is_respected_even_mid_page() {
    List<Integer> pages = new ArrayList<>();
    assertThat(HistoryPages.all(numbers(5000, pages), 1500)).hasSize(1500).endsWith(1499);
    assertThat(pages).containsExactly(1000, 500);
  }

  @Test
  void an_exact_multiple_of_the_page_asks_once_more_and_stops_on_the_empty_page() {
    List<Integer> pages = new ArrayList<>();
    assertThat(HistoryPages.all(numbers(2000, pages), 20_000)).hasSize(2000);
    assertThat(pages).containsExactly(1000, 1000, 1000);
  }
}
