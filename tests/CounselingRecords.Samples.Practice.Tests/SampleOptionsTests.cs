using CounselingRecords.Samples.Practice;

namespace CounselingRecords.Samples.Practice.Tests;

public sealed class SampleOptionsTests
{
    [Fact]
    public void Parse_NoArguments_GivesTheDefaults()
    {
        var (options, error) = SampleOptions.Parse([]);

        Assert.Null(error);
        Assert.NotNull(options);
        Assert.Equal(Path.Combine(Directory.GetCurrentDirectory(), "counseling-practice.db"), options.DatabasePath);
        Assert.False(options.InMemory);
        Assert.Equal(2026, options.Seed);
        Assert.Equal(30, options.Clients);
        Assert.Equal(1, options.Months);
        Assert.False(options.ShowHelp);
    }

    [Fact]
    public void Parse_EveryOption_IsRead()
    {
        var (options, _) = SampleOptions.Parse(["--db", "other.db", "--seed", "-7", "--clients", "5000", "--months", "12"]);

        Assert.NotNull(options);
        Assert.Equal(Path.GetFullPath("other.db"), options.DatabasePath);
        Assert.Equal(-7, options.Seed);
        Assert.Equal(5000, options.Clients);
        Assert.Equal(12, options.Months);
    }

    [Fact]
    public void Parse_InMemory_IsRead()
    {
        var (options, _) = SampleOptions.Parse(["--in-memory", "--seed", "3"]);

        Assert.NotNull(options);
        Assert.True(options.InMemory);
        Assert.Equal(3, options.Seed);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("-?")]
    public void Parse_Help_AsksForTheUsage(string flag)
    {
        var (options, _) = SampleOptions.Parse([flag]);

        Assert.True(options!.ShowHelp);
        Assert.Contains("--db PATH", SampleOptions.Usage, StringComparison.Ordinal);
        Assert.Contains("deleted and recreated", SampleOptions.Usage, StringComparison.Ordinal);
        Assert.Contains("--in-memory", SampleOptions.Usage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--clients", "0", "--clients")]
    [InlineData("--clients", "-3", "--clients")]
    [InlineData("--clients", "100001", "--clients")]
    [InlineData("--clients", "many", "--clients")]
    [InlineData("--months", "0", "--months")]
    [InlineData("--months", "37", "--months")]
    [InlineData("--months", "1.5", "--months")]
    [InlineData("--seed", "x", "--seed")]
    [InlineData("--seed", "99999999999", "--seed")]
    public void Parse_BadValue_NamesTheOption(string option, string value, string named)
    {
        var (options, error) = SampleOptions.Parse([option, value]);

        Assert.Null(options);
        Assert.Contains(named, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--db")]
    [InlineData("--seed")]
    [InlineData("--clients")]
    [InlineData("--months")]
    public void Parse_MissingValue_IsRefused(string option)
    {
        var (options, error) = SampleOptions.Parse([option]);

        Assert.Null(options);
        Assert.Contains(option, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownOption_IsRefused()
    {
        var (options, error) = SampleOptions.Parse(["--fast"]);

        Assert.Null(options);
        Assert.Contains("Unknown option '--fast'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DbWithInMemory_IsRefused()
    {
        var (options, error) = SampleOptions.Parse(["--in-memory", "--db", "x.db"]);

        Assert.Null(options);
        Assert.Contains("cannot be used together", error, StringComparison.Ordinal);
    }
}
