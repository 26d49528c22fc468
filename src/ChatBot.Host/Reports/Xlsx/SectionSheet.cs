using ChatBot.Host.Reports.Rendering;

namespace ChatBot.Host.Reports.Xlsx;

/// <summary>One section's sheet: a title line, then its figures, notes and tables, a blank row between each.</summary>
internal static class SectionSheet
{
    public static List<Dictionary<string, object?>> Rows(ReportSection section, ReportBranding branding, ReportDocument document)
    {
        var rows = new List<Dictionary<string, object?>>
        {
            SheetRows.Row(section.Title, document.PeriodLabel, branding.Organisation),
            SheetRows.Blank(),
        };
        foreach (var block in section.Blocks)
        {
            switch (block)
            {
                case KeyFigures figures:
                    rows.AddRange(figures.Items.Select(f => SheetRows.Row(f.Label, f.Value, f.Note)));
                    rows.Add(SheetRows.Blank());
                    break;
                case ReportNote note:
                    rows.Add(SheetRows.Row(note.Text));
                    rows.Add(SheetRows.Blank());
                    break;
                case ReportTable table:
                    rows.AddRange(SheetRows.Table(table, withCaption: true));
                    rows.Add(SheetRows.Blank());
                    break;
            }
        }

        return rows;
    }
}
