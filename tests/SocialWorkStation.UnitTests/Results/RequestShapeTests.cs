using System.ComponentModel.DataAnnotations;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.UnitTests.Results;

public class RequestShapeTests
{
    public sealed class Form : IValidatableObject
    {
        [Required(ErrorMessage = "请填写姓名。"), MaxLength(5, ErrorMessage = "姓名最长 5 个字符。")]
        public string Name { get; set; } = "";
        [MaxLength(3, ErrorMessage = "最多 3 人。"), Display(Name = "家庭成员")]
        public List<Member?>? Household { get; set; } = [];
        public List<string> Tags { get; set; } = [];
        public bool Contradiction { get; set; }

        public IEnumerable<ValidationResult> Validate(ValidationContext context)
        {
            if (Contradiction) yield return new ValidationResult("前后矛盾。");
        }
    }

    public sealed class Member
    {
        [Required(ErrorMessage = "请填写成员姓名。")]
        public string Name { get; set; } = "";
        public List<Note?> Notes { get; set; } = [];
    }

    public sealed class Note
    {
        [MaxLength(2, ErrorMessage = "备注太长。")]
        public string Text { get; set; } = "";
    }

    [Fact]
    public void A_request_in_shape_has_no_problems()
    {
        var form = new Form { Name = "张三", Household = [new Member { Name = "李四" }], Tags = ["x"] };
        Assert.Empty(RequestShape.Problems(form));
        Assert.Null(RequestShape.Check(form));
    }

    [Fact]
    public void Problems_of_rows_are_named_by_their_position_in_camel_case_at_any_depth()
    {
        var form = new Form
        {
            Name = "",
            Household = [new Member { Name = "甲" }, new Member { Name = "", Notes = [new Note { Text = "很长的备注" }] }],
        };
        var problems = RequestShape.Problems(form);
        Assert.Equal(["name", "household[1].name", "household[1].notes[0].text"], problems.Keys);
        Assert.Equal(["请填写姓名。"], problems["name"]);
        Assert.Equal(["备注太长。"], problems["household[1].notes[0].text"]);
    }

    [Fact]
    public void A_null_row_is_a_field_error_named_after_its_list_not_a_crash()
    {
        var problems = RequestShape.Problems(new Form { Name = "张三", Household = [new Member { Name = "甲" }, null] });
        Assert.Equal(["家庭成员不能为空。"], problems["household[1]"]);

        var deeper = RequestShape.Problems(new Form { Name = "张三", Household = [new Member { Name = "甲", Notes = [null] }] });
        Assert.Equal(["列表项不能为空。"], deeper["household[0].notes[0]"]);
    }

    [Fact]
    public void Without_rows_only_the_requests_own_fields_are_checked()
    {
        var form = new Form { Name = "", Household = [new Member { Name = "" }, null] };
        Assert.Equal(["name"], RequestShape.Problems(form, rows: false).Keys);
    }

    [Fact]
    public void Row_problems_alone_are_what_a_request_adds_to_its_own_validation()
    {
        var form = new Form { Name = "", Household = [new Member { Name = "" }, null] };
        Assert.Equal(["household[0].name", "household[1]"], RequestShape.RowProblems(form).Keys);
    }

    [Fact]
    public void A_missing_list_means_none()
    {
        Assert.Empty(RequestShape.Problems(new Form { Name = "张三", Household = null }));
    }

    public sealed class Service
    {
        public IQueryable<Member> Members { get; } = new NeverEnumerated().AsQueryable();
    }

    private sealed class NeverEnumerated : IEnumerable<Member>
    {
        public IEnumerator<Member> GetEnumerator() => throw new InvalidOperationException("a query was run");
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    [Fact]
    public void A_query_is_never_run_to_look_for_rows() =>
        Assert.Empty(RequestShape.Problems(new Service())); // the API filter also sees services such as a DbContext

    [Fact]
    public void A_rule_of_the_whole_request_is_kept_under_an_empty_field_name()
    {
        var problems = RequestShape.Problems(new Form { Name = "张三", Contradiction = true });
        Assert.Equal(["前后矛盾。"], problems[""]);
    }

    [Fact]
    public void Check_gives_one_validation_error_with_every_field_and_the_first_message_or_a_title()
    {
        var form = new Form { Name = "", Household = [null] };
        var error = RequestShape.Check(form)!;
        Assert.Equal(ErrorKind.Validation, error.Kind);
        Assert.Equal("请填写姓名。", error.Message);
        Assert.Equal(["name", "household[0]"], error.Fields!.Keys);
        Assert.Equal(RequestShape.Title, RequestShape.Check(form, RequestShape.Title)!.Message);
    }
}
