using CounselingRecords.Results;

namespace CounselingRecords.Practice.Tests.Support;

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

    public static DomainError FailsWithDetail<T>(Result<T> result, string code, string detailCode)
    {
        var error = Fails(result, code);
        Assert.Contains(error.Details, d => d.Code == detailCode);
        return error;
    }
}
