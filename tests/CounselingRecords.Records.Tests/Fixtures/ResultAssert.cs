using CounselingRecords.Results;

namespace CounselingRecords.Records.Tests.Fixtures;

/// <summary>Assertions on results.</summary>
internal static class ResultAssert
{
    public static T Ok<T>(Result<T> result)
    {
        Assert.True(result.Success, result.Success ? string.Empty : result.Error.ToString());
        return result.Value;
    }

    public static DomainError Fails<T>(Result<T> result, string code)
    {
        Assert.True(result.Failure, $"Expected {code} but the operation succeeded.");
        Assert.Equal(code, result.Error.Code);
        return result.Error;
    }

    /// <summary>Asserts a failure whose details include <paramref name="detailCode"/>.</summary>
    public static DomainError FailsWithDetail<T>(Result<T> result, string code, string detailCode)
    {
        var error = Fails(result, code);
        Assert.Contains(error.Details, d => d.Code == detailCode);
        return error;
    }

    public static IReadOnlyList<string> DetailCodes(DomainError error) => error.Details.Select(d => d.Code).ToList();
}
