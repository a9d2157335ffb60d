using CounselingRecords.Results;

namespace CounselingRecords.Core.Tests.Results;

public sealed class ResultTests
{
    private static readonly DomainError Refused = new("test.thing.refused", "Refused for a reason.", "R0.1", "thing_1");

    [Fact]
    public void Success_ExposesValue_AndNoError()
    {
        Result<int> result = 42;

        Assert.True(result.Success);
        Assert.False(result.Failure);
        Assert.Equal(42, result.Value);
        Assert.Null(result.ErrorOrNull);
        Assert.Throws<InvalidOperationException>(() => result.Error);
    }

    [Fact]
    public void Failure_ValueThrowsDomainExceptionWithTheCode()
    {
        Result<int> result = Refused;

        Assert.True(result.Failure);
        var error = Assert.Throws<DomainException>(() => result.Value);
        Assert.Equal("test.thing.refused", error.Code);
        Assert.Same(Refused, error.Error);
    }

    [Fact]
    public void TryGetValue_Failure_ReturnsFailureValue()
    {
        var result = Result.Failure<int>(Refused);

        Assert.False(result.TryGetValue(-1, out var value));
        Assert.Equal(-1, value);
    }

    [Fact]
    public void MapAndBind_PassFailuresThrough()
    {
        var failed = Result.Failure<int>(Refused);

        Assert.Same(Refused, failed.Map(v => v * 2).Error);
        Assert.Same(Refused, failed.Bind(v => Result.Success(v.ToString())).Error);
        Assert.Equal(84, Result.Success(42).Map(v => v * 2).Value);
        Assert.Equal("x", Result.Success(1).Bind(_ => Result.Failure<string>("a.b.c", "x")).Error.Message);
    }

    [Fact]
    public void Match_CallsTheRightBranch()
    {
        Assert.Equal("ok 1", Result.Success(1).Match(v => $"ok {v}", e => e.Code));
        Assert.Equal("test.thing.refused", Result.Failure<int>(Refused).Match(v => $"ok {v}", e => e.Code));
    }

    [Fact]
    public void ConvertError_OnSuccess_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => Result.Success(1).ConvertError<string>());
        Assert.Same(Refused, Result.Failure<int>(Refused).ConvertError<string>().Error);
    }

    [Fact]
    public void DomainError_ToString_ShowsCodeRuleTargetAndDetails()
    {
        var error = new DomainError("a.b.c", "Outer.", "R1.1", "field", [new DomainError("a.b.d", "Inner.")]);

        Assert.Equal("a.b.c: Outer. [R1.1] (field)\n  a.b.d: Inner.", error.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void DomainError_Equality_IsByValue()
    {
        Assert.Equal(new DomainError("a.b", "m", "R1"), new DomainError("a.b", "m", "R1"));
        Assert.NotEqual(new DomainError("a.b", "m", "R1"), new DomainError("a.b", "m", "R2"));
        Assert.Throws<ArgumentException>(() => new DomainError(" ", "m"));
    }
}
