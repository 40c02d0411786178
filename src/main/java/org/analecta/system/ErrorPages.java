package org.analecta.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Unknown things get our 404 page with a sentence saying what was not found. Everything
 * else falls through to Boot's error handling, which renders templates/error.html (never
 * the white-label page).
 */
@ControllerAdvice
class ErrorPages {

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(NotFoundException e) {
		ModelAndView mav = new ModelAndView("error/404", HttpStatus.NOT_FOUND);
		mav.addObject("notFoundMessage", e.getMessage());
		mav.addObject("status", 404);
		return mav;
	}

}
