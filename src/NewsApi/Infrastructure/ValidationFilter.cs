using System.Text.Json;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace NewsApi.Infrastructure;

/// <summary>
/// Runs the FluentValidation validator of every action argument that has one and answers 400 with a
/// ValidationProblemDetails; one filter instead of the deprecated auto-validation package.
/// </summary>
public sealed class ValidationFilter(IServiceProvider services, IOptions<ApiBehaviorOptions> apiBehavior) : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        foreach (var argument in context.ActionArguments.Values)
        {
            if (argument is null)
            {
                continue;
            }
            var validatorType = typeof(IValidator<>).MakeGenericType(argument.GetType());
            if (services.GetService(validatorType) is not IValidator validator)
            {
                continue;
            }
            var result = await validator.ValidateAsync(new ValidationContext<object>(argument), context.HttpContext.RequestAborted);
            foreach (var error in result.Errors)
            {
                context.ModelState.AddModelError(JsonNamingPolicy.CamelCase.ConvertName(error.PropertyName), error.ErrorMessage);
            }
        }

        if (!context.ModelState.IsValid)
        {
            // The same factory that answers model-binding errors, so that every 400 has one shape.
            context.Result = apiBehavior.Value.InvalidModelStateResponseFactory(context);
            return;
        }
        await next();
    }
}
