using System.Text;
using System.Text.RegularExpressions;
using CoMarketing.Core.Common;
using CoMarketing.Reports.Import;

namespace CoMarketing.Reports.Tests.Import.Hostile;

/// <summary>Damaged and hostile spreadsheets give a clear message, never a crash, a hang or a huge allocation.</summary>
public sealed partial class HostileSpreadsheetTests
{
    [Fact]
    public void An_empty_zip_named_xlsx_Should_Be_A_Clear_Message()
        => Refused(XlsxFiles.EmptyZip()).ShouldContain("not a readable XLSX workbook");

    [Fact]
    public void A_truncated_workbook_xml_Should_Be_A_Clear_Message()
    {
        var file = XlsxFiles.Rewrite(XlsxFiles.With(("A1", "name")), "xl/workbook.xml", xml => xml[..(xml.Length / 2)]);

        Refused(file).ShouldContain("not a readable XLSX workbook");
    }

    [Fact]
    public void A_relationship_without_a_type_Should_Be_A_Clear_Message()
    {
        var file = XlsxFiles.Rewrite(XlsxFiles.With(("A1", "name")), "xl/_rels/workbook.xml.rels", xml => TypeAttribute().Replace(xml, string.Empty));

        Refused(file).ShouldContain("not a readable XLSX workbook");
    }

    [Fact]
    public void Random_bytes_named_xlsx_Should_Be_A_Clear_Message()
        => Refused(Encoding.UTF8.GetBytes("name;industry\nKahvila;56101\n")).ShouldContain("not a readable XLSX workbook");

    [Fact]
    public void One_cell_at_XFD1048576_Should_Be_Refused_By_Its_Reference_Without_Building_The_Grid()
    {
        // Given a 4-5 KB file whose only cell is the last one a sheet can have
        var file = XlsxFiles.With(("XFD1048576", "x"));
        file.Length.ShouldBeLessThan(10_000);
        var before = GC.GetAllocatedBytesForCurrentThread();

        // When
        var message = Refused(file);

        // Then
        message.ShouldContain("Cell XFD1048576 is beyond what an import reads (100 columns, 10000 rows)");
        (GC.GetAllocatedBytesForCurrentThread() - before).ShouldBeLessThan(50_000_000);
    }

    [Fact]
    public void A_filled_cell_Beyond_The_Row_Cap_Should_Be_Refused()
        => Refused(XlsxFiles.With(("A1", "name"), ("A2", "Kahvila"), ("A10001", "Kauppa"))).ShouldContain("Cell A10001 is beyond");

    [Fact]
    public void Only_existing_cells_Should_Be_Read_With_Their_Row_Numbers()
    {
        var table = XlsxTableReader.Read(new MemoryStream(XlsxFiles.With(("A1", "name"), ("C1", "industry"), ("A7", "Kahvila"), ("C7", "56101"))));

        table.Columns.ShouldBe(["name", string.Empty, "industry"]);
        var row = table.Rows.ShouldHaveSingleItem();
        row.Line.ShouldBe(7);
        row.Get("name").ShouldBe("Kahvila");
        row.Get("industry").ShouldBe("56101");
    }

    [Fact]
    public void A_date_cell_Should_Be_Read_As_The_Date_It_Shows_Not_As_Its_Serial_Number()
    {
        var table = XlsxTableReader.Read(new MemoryStream(XlsxFiles.WithValues(
            ("A1", "name"), ("B1", "dated"), ("C1", "finnish"), ("D1", "number"),
            ("A2", "Kahvila"), ("B2", new DateTime(2027, 8, 6)), ("C2", new DateOnly(2027, 3, 1)), ("D2", 46605))));

        var row = table.Rows.ShouldHaveSingleItem();
        row.Get("dated").ShouldBe("2027-08-06");
        row.Get("finnish").ShouldBe("2027-03-01");
        row.Get("number").ShouldBe("46605");
    }

    [Fact]
    public void A_windows_1252_csv_Should_Be_Read_With_A_Warning_Never_As_Replacement_Characters()
    {
        // Given what Finnish Excel writes for "CSV (semicolon delimited)"
        var bytes = Encoding.Latin1.GetBytes("name;industry\nKahvila Mänty;56101\n");

        // When
        var table = CsvTableReader.Read(new MemoryStream(bytes));

        // Then
        table.Rows.ShouldHaveSingleItem().Get("name").ShouldBe("Kahvila Mänty");
        table.Warnings.ShouldHaveSingleItem().Message.ShouldContain("not UTF-8; it was read as Windows-1252");
        table.Warnings[0].Line.ShouldBe(2);
    }

    [Fact]
    public void A_utf8_csv_Should_Have_No_Encoding_Warning()
        => CsvTableReader.Read(new MemoryStream(Encoding.UTF8.GetBytes("name\nKahvila Mänty\n"))).Warnings.ShouldBeEmpty();

    private static string Refused(byte[] file)
    {
        var task = Task.Run(() => XlsxTableReader.Read(new MemoryStream(file)));
        Should.Throw<AggregateException>(() => task.Wait(TimeSpan.FromSeconds(60)).ShouldBeTrue("the reader did not finish"))
            .InnerException.ShouldBeOfType<DomainException>();
        return task.Exception!.InnerException!.Message;
    }

    [GeneratedRegex(@"\sType=""[^""]*""")]
    private static partial Regex TypeAttribute();
}
