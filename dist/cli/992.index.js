export const id = 992;
export const ids = [992];
export const modules = {

/***/ 7992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   notesCommand: () => (/* binding */ notesCommand)
/* harmony export */ });
/* harmony import */ var _kernel_command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5788);
/* harmony import */ var _kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2386);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4452);
/** The `notes` command. Its capability has not landed yet: it fails clearly instead of faking outputs. */



const notesCommand = (0,_kernel_command_js__WEBPACK_IMPORTED_MODULE_2__/* .unavailableCommand */ ._1)(_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .notesSpec */ .L, () => new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CommandUnavailableError */ .iz("notes"));


/***/ })

};
