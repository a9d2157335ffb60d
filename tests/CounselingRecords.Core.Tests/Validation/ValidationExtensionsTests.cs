using CounselingRecords.Results;
using CounselingRecords.Validation;
using FluentValidation;

namespace CounselingRecords.Core.Tests.Validation;

public sealed class ValidationExtensionsTests
{
    [Fact]
    public void Check_ValidInput_ReturnsIt()
    {
        var input = new Sample("Jane", 3);

        Assert.Same(input, new SampleValidator().Check(input).Value);
    }

    [Fact]
    public void Check_InvalidInput_ListsEachFailureWithCodeAndPath()
    {
        var result = new SampleValidator().Check(new Sample(string.Empty, -1));

        Assert.Equal(CoreErrorCodes.ValidationFailed, result.Error.Code);
        Assert.Equal(
            [("sample.name.required", "Name"), ("sample.count.negative", "Count")],
            result.Error.Details.Select(d => (d.Code, d.Target)).ToArray());
    }

    [Fact]
    public void Check_NullInput_IsAFailureNotAnException()
    {
        var result = new SampleValidator().Check(null);

        Assert.Equal(CoreErrorCodes.ValidationFailed, result.Error.Code);
        Assert.Equal("core.validation.required", Assert.Single(result.Error.Details).Code);
    }

    [Fact]
    public void ValidateAndThrow_StillWorks()
    {
        Assert.Throws<ValidationException>(() => new SampleValidator().ValidateAndThrow(new Sample(string.Empty, 0)));
    }

    private sealed record Sample(string Name, int Count);

    private sealed class SampleValidator : AbstractValidator<Sample>
    {
        public SampleValidator()
        {
            RuleFor(s => s.Name).NotEmpty().WithErrorCode("sample.name.required");
            RuleFor(s => s.Count).GreaterThanOrEqualTo(0).WithErrorCode("sample.count.negative");
        }
    }
}
