package uk.safeguarding.casereview.engine.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The statement shapes the rewrite takes and the ones it leaves exactly as the engine sent them. */
class TaskGrantsRewriteTest {

  private static final String GRANTS = "left join ( SELECT A.* FROM ACT_RU_AUTHORIZATION A WHERE A.TYPE_ < 2 "
      + "AND ( A.USER_ID_ in ( ?, '*') OR A.GROUP_ID_ IN ( ? , ? ) ) AND ( ( A.RESOURCE_TYPE_ = ? AND A.PERMS_ & ? = ? "
      + "OR A.RESOURCE_TYPE_ = ? AND A.PERMS_ & ? = ? ) ) ) AUTH ON (AUTH.RESOURCE_ID_ IN (RES.ID_, D.KEY_, '*'))";
  private static final String LIST = "select distinct RES.* from ACT_RU_TASK RES\n left join ACT_RU_IDENTITYLINK I "
      + "on I.TASK_ID_ = RES.ID_ left join ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_\n " + GRANTS
      + "\n WHERE ( 1 = 1 and ( I.GROUP_ID_ IN ( ? ) ) ) and ( (RES.CASE_EXECUTION_ID_ IS NOT NULL) OR "
      + "(AUTH.RESOURCE_ID_ IS NOT NULL) ) order by RES.DUE_DATE_ asc LIMIT ? OFFSET ?";

  @Test
  void the_grants_join_becomes_one_lookup_of_the_askers_grants_with_the_parameters_in_their_order() {
    String rewritten = TaskGrantsRewrite.rewrite(LIST).orElseThrow();

    assertThat(rewritten).startsWith("WITH CR_ASKER_GRANTS AS (SELECT A.RESOURCE_ID_ FROM ACT_RU_AUTHORIZATION A "
        + "WHERE A.TYPE_ < 2 AND ( A.USER_ID_ in ( ?, '*') OR A.GROUP_ID_ IN ( ? , ? ) )");
    // one row, there when the task's id, its process's key or '*' is among the grants: as the engine's join,
    // less the duplicates that DISTINCT removed
    assertThat(rewritten).contains("left join (SELECT '*' AS RESOURCE_ID_) AUTH ON ("
        + "RES.ID_ IN (SELECT RESOURCE_ID_ FROM "
        + "CR_ASKER_GRANTS) OR D.KEY_ IN (SELECT RESOURCE_ID_ FROM CR_ASKER_GRANTS) OR EXISTS (SELECT 1 FROM "
        + "CR_ASKER_GRANTS WHERE RESOURCE_ID_ = '*'))");
    assertThat(rewritten).doesNotContain("AUTH.RESOURCE_ID_ IN").contains("OR (AUTH.RESOURCE_ID_ IS NOT NULL)")
        .endsWith("LIMIT ? OFFSET ?");
    assertThat(rewritten.chars().filter(c -> c == '?').count()).isEqualTo(LIST.chars().filter(c -> c == '?').count());
    // the grants' nine parameters come first, then the group filter's and the page's, as they were bound
    assertThat(rewritten.indexOf("I.GROUP_ID_")).isGreaterThan(rewritten.lastIndexOf("A.PERMS_"));
  }

  @Test
  void an_inner_join_stays_an_inner_join() {
    assertThat(TaskGrantsRewrite.rewrite(LIST.replace("left join ( SELECT A.*", "inner join ( SELECT A.*"))
        .orElseThrow()).contains("inner join (SELECT '*' AS RESOURCE_ID_) AUTH ON (RES.ID_ IN");
  }

  @Test
  void the_count_is_rewritten_the_same_way_and_a_table_prefix_is_kept() {
    String count = "SELECT COUNT(*) FROM (SELECT DISTINCT RES.ID_ from cr.ACT_RU_TASK RES left join cr.ACT_RE_PROCDEF "
        + "D on RES.PROC_DEF_ID_ = D.ID_ " + GRANTS.replace("FROM ACT_RU", "FROM cr.ACT_RU") + ") countDistinct";

    assertThat(TaskGrantsRewrite.rewrite(count).orElseThrow())
        .startsWith("WITH CR_ASKER_GRANTS AS (SELECT A.RESOURCE_ID_ FROM cr.ACT_RU_AUTHORIZATION A WHERE")
        .contains(" SELECT COUNT(*) FROM (SELECT DISTINCT RES.ID_ from cr.ACT_RU_TASK RES")
        .endsWith(") countDistinct");
  }

  @Test
  void any_other_shape_goes_as_the_engine_wrote_it() {
    // rows not made distinct: the join's one row per grant would count
    assertThat(TaskGrantsRewrite.rewrite(LIST.replace("select distinct", "select"))).isEmpty();
    // anything of the grant read beyond whether there was one
    assertThat(TaskGrantsRewrite.rewrite(LIST.replace("order by RES.DUE_DATE_", "order by AUTH.PERMS_"))).isEmpty();
    assertThat(TaskGrantsRewrite.rewrite(LIST.replace("select distinct RES.*", "select distinct RES.*, AUTH.ID_")))
        .isEmpty();
    // a parameter before the grants would be bound to the grants' first condition
    assertThat(TaskGrantsRewrite.rewrite(LIST.replace("left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_",
        "left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_ and I.TYPE_ = ?"))).isEmpty();
    // other join columns, or a second grants join, are not what the rewrite knows
    assertThat(TaskGrantsRewrite.rewrite(LIST.replace("RES.ID_, D.KEY_, '*'", "RES.ID_, '*'"))).isEmpty();
    assertThat(TaskGrantsRewrite.rewrite(LIST.replace(" WHERE ( 1 = 1", " " + GRANTS + " WHERE ( 1 = 1"))).isEmpty();
    // nothing to do where there is no grants join (authorization off, or the revoke-aware form)
    assertThat(TaskGrantsRewrite.rewrite(LIST.replace(GRANTS, ""))).isEmpty();
  }

  @Test
  void grants_whose_brackets_do_not_close_where_the_join_ends_are_left_alone() {
    String unbalanced = LIST.replace("A.USER_ID_ in ( ?, '*')", "A.USER_ID_ in ( ?, '*'");

    assertThat(TaskGrantsRewrite.rewrite(unbalanced)).isEmpty();
  }
}
