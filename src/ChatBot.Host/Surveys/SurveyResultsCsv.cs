using System.Globalization;
using System.Text;
using ChatBot.Core.Flows.Results;

namespace ChatBot.Host.Surveys;

/// <summary>
/// The results as one long CSV table (section, step, key, label, value), which a spreadsheet can
/// pivot; numbers use a dot and texts are quoted.
/// </summary>
public static class SurveyResultsCsv
{
    public static string Write(SurveyResults r)
    {
        var csv = new StringBuilder("section,step,key,label,value\n");
        void Row(string section, string step, string key, string label, object value) =>
            csv.Append(CultureInfo.InvariantCulture, $"{Quote(section)},{Quote(step)},{Quote(key)},{Quote(label)},{Quote(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "")}\n");

        Row("summary", "", "respondents", "", r.Respondents);
        Row("summary", "", "target", "", r.Target);
        Row("summary", "", "target_share", "", r.TargetShare);
        Row("summary", "", "started", "", r.Started);
        Row("summary", "", "completion_rate", "", r.CompletionRate);
        foreach (var d in r.DropOff)
        {
            Row("drop_off", d.Step, "left", "", d.Left);
        }

        foreach (var distribution in r.Distributions)
        {
            Row("distribution", distribution.Step, "(skipped)", "", distribution.Skipped);
            foreach (var o in distribution.Options)
            {
                Row("distribution", distribution.Step, o.Value, o.LabelRu, o.Count);
            }
        }

        foreach (var a in r.Averages)
        {
            Row("average", a.Step, "average", "", a.Average);
        }

        if (r.Nps is { } nps)
        {
            Row("nps", nps.Step, "score", "", nps.Score);
            Row("nps", nps.Step, "promoters", "", nps.Promoters);
            Row("nps", nps.Step, "passives", "", nps.Passives);
            Row("nps", nps.Step, "detractors", "", nps.Detractors);
        }

        foreach (var tab in r.CrossTabs)
        {
            foreach (var row in tab.Rows)
            {
                Row("by_" + tab.By, "", row.Value, row.LabelRu, row.Respondents);
                foreach (var (step, average) in row.Averages)
                {
                    Row("by_" + tab.By, step, row.Value, row.LabelRu, average?.ToString("0.##", CultureInfo.InvariantCulture) ?? "");
                }
            }
        }

        foreach (var text in r.FreeText)
        {
            Row("free_text", text.Step, text.Language, "", text.Text);
        }

        return csv.ToString();
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
