using ChatBot.Core.Flows.Results;
using MiniExcelLibs;

namespace ChatBot.Host.Surveys;

/// <summary>The results as a workbook, one sheet per part: summary, drop-off, answers, averages, cross-tabs, free text.</summary>
public static class SurveyResultsXlsx
{
    public static void Write(SurveyResults r, Stream output)
    {
        var sheets = new Dictionary<string, object>
        {
            ["summary"] = new List<Dictionary<string, object>>
            {
                Row(("figure", "respondents"), ("value", r.Respondents)),
                Row(("figure", "target"), ("value", r.Target)),
                Row(("figure", "target_share"), ("value", r.TargetShare)),
                Row(("figure", "started"), ("value", r.Started)),
                Row(("figure", "completion_rate"), ("value", r.CompletionRate)),
                Row(("figure", "nps"), ("value", r.Nps?.Score ?? 0)),
            },
            ["drop_off"] = r.DropOff.Select(d => Row(("step", d.Step), ("left", d.Left), ("share_of_started", d.ShareOfStarted))).ToList(),
            ["answers"] = r.Distributions
                .SelectMany(d => d.Options.Select(o => Row(("step", d.Step), ("value", o.Value), ("label", o.LabelRu), ("count", o.Count), ("share", o.Share))))
                .ToList(),
            ["averages"] = r.Averages.Select(a => Row(("step", a.Step), ("answered", a.Answered), ("average", a.Average))).ToList(),
            ["free_text"] = r.FreeText.Select(t => Row(("step", t.Step), ("language", t.Language), ("text", t.Text))).ToList(),
        };
        foreach (var tab in r.CrossTabs)
        {
            sheets["by_" + tab.By] = tab.Rows
                .Select(row => Row([(tab.By, row.LabelRu), ("respondents", row.Respondents), .. row.Averages.Select(a => (a.Key, (object)(a.Value ?? 0)))]))
                .ToList();
        }

        output.SaveAs(sheets);
    }

    private static Dictionary<string, object> Row(params (string Name, object Value)[] cells) => cells.ToDictionary(c => c.Name, c => c.Value);
}
